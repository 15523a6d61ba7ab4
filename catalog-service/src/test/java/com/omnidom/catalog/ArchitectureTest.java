package com.omnidom.catalog;

import com.omnidom.testsupport.ServiceArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.omnidom.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The layering every service keeps. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule articlesAndLocationsDoNotKnowImports = noClasses()
            .that().resideInAnyPackage("com.omnidom.catalog.article..", "com.omnidom.catalog.location..")
            .should().dependOnClassesThat().resideInAPackage("com.omnidom.catalog.imports..");
}
