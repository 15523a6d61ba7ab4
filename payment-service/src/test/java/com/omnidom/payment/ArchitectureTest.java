package com.omnidom.payment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.omnidom.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoWebKafkaOrJson = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "org.springframework.kafka..", "org.apache.kafka..",
                    "tools.jackson..", "com.fasterxml.jackson..",
                    "com.omnidom.events..", "com.omnidom.platform..", "io.swagger..", "io.github.resilience4j..")
            .because("the domain is plain rules and state; the edges translate (STYLE.md)");

    @ArchTest
    static final ArchRule domainDoesNotReachOutwards = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.omnidom.payment..application..",
                    "com.omnidom.payment..web..", "com.omnidom.payment..messaging..", "com.omnidom.payment.psp..");

    @ArchTest
    static final ArchRule applicationKnowsNeitherWebNorMessagingNorThePspClient = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("com.omnidom.payment..web..",
                    "com.omnidom.payment..messaging..", "com.omnidom.payment.psp..", "org.springframework.kafka..",
                    "org.springframework.web..")
            .because("use cases reach the PSP only through the PaymentGateway port");

    @ArchTest
    static final ArchRule onlyTheOutboxPublishes = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
            .because("events are published through the outbox only");
}
