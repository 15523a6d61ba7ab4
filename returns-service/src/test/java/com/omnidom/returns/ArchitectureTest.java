package com.omnidom.returns;

import com.omnidom.testsupport.ServiceArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.omnidom.returns", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The layering every service keeps. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule applicationDoesNotKnowTheEdges = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("com.omnidom.returns..web..", "com.omnidom.returns..messaging..",
                    "com.omnidom.returns..persistence..");

    @ArchTest
    static final ArchRule salesDoNotKnowReturnOrders = noClasses().that().resideInAPackage("com.omnidom.returns.sale..")
            .should().dependOnClassesThat().resideInAPackage("com.omnidom.returns.returnorder..");
}
