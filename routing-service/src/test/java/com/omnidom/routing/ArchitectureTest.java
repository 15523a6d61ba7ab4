package com.omnidom.routing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.omnidom.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoWebKafkaOrJson = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "org.springframework.kafka..", "org.apache.kafka..",
                    "tools.jackson..", "com.fasterxml.jackson..",
                    "com.omnidom.events..", "com.omnidom.platform..", "io.swagger..")
            .because("the domain is plain rules and state; the edges translate (STYLE.md)");

    @ArchTest
    static final ArchRule domainDoesNotReachOutwards = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.omnidom.routing..application..", "com.omnidom.routing..web..", "com.omnidom.routing..messaging..");

    @ArchTest
    static final ArchRule applicationDoesNotKnowTheWebOrMessagingLayer = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("com.omnidom.routing..web..", "com.omnidom.routing..messaging..");

    @ArchTest
    static final ArchRule theStrategyIsAPureFunction = noClasses().that().resideInAPackage("com.omnidom.routing.decision.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "java.sql..")
            .because("the routing strategy is a pure function over candidates, testable and replaceable without Spring");

    @ArchTest
    static final ArchRule replicasKnowNothingOfRouting = noClasses().that().resideInAPackage("com.omnidom.routing.replica..")
            .should().dependOnClassesThat().resideInAnyPackage("com.omnidom.routing.decision..", "com.omnidom.routing.fulfillment..");
}
