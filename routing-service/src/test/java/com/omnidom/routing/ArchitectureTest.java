package com.omnidom.routing;

import com.omnidom.testsupport.ServiceArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.omnidom.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The layering every service keeps. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule routingRulesArePure = noClasses().that().resideInAnyPackage("com.omnidom.routing.decision.domain..",
                    "com.omnidom.routing.profile.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "java.sql..")
            .because("what an order needs routed and what a profile allows are plain rules, testable without Spring; "
                    + "the decision itself is the routing-engine library's");

    @ArchTest
    static final ArchRule replicasKnowNothingOfRouting = noClasses().that().resideInAPackage("com.omnidom.routing.replica..")
            .should().dependOnClassesThat().resideInAnyPackage("com.omnidom.routing.decision..", "com.omnidom.routing.fulfillment..");
}
