package com.omnidom.inventory;

import com.omnidom.testsupport.ServiceArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.omnidom.inventory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The layering every service keeps. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule stockDoesNotKnowAllocations = noClasses().that().resideInAPackage("com.omnidom.inventory.stock..")
            .should().dependOnClassesThat().resideInAPackage("com.omnidom.inventory.allocation..")
            .because("allocations use stock, never the other way round");
}
