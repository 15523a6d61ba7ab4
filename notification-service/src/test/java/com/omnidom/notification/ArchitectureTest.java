package com.omnidom.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.omnidom.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoWebKafkaMailOrJson = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "org.springframework.kafka..", "org.apache.kafka..",
                    "org.springframework.mail..", "jakarta.mail..", "com.samskivert..",
                    "tools.jackson..", "com.fasterxml.jackson..",
                    "com.omnidom.events..", "com.omnidom.platform..", "io.swagger..")
            .because("the domain is plain rules and state; the edges translate (STYLE.md)");

    @ArchTest
    static final ArchRule domainDoesNotReachOutwards = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.omnidom.notification..application..",
                    "com.omnidom.notification..web..", "com.omnidom.notification..messaging..");

    @ArchTest
    static final ArchRule applicationDoesNotKnowTheWebOrMessagingEdges = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("com.omnidom.notification..web..",
                    "com.omnidom.notification..messaging..", "org.springframework.kafka..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule onlyTheOutboxPublishes = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
            .because("events leave only through the outbox (docs/outbox-and-inbox.md)");
}
