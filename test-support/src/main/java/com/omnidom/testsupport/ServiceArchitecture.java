package com.omnidom.testsupport;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering every service keeps (docs/architecture.md, rules every service follows), checked by each service's ArchitectureTest with
 * {@code @ArchTest static final ArchTests service = ArchTests.in(ServiceArchitecture.class);}.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    @ArchTest
    public static final ArchRule domainKnowsNoWebKafkaMailOrJson = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "org.springframework.kafka..", "org.apache.kafka..",
                    "org.springframework.mail..", "jakarta.mail..",
                    "tools.jackson..", "com.fasterxml.jackson..",
                    "com.omnidom.events..", "com.omnidom.platform..", "io.swagger..")
            .because("the domain is plain rules and state; the edges translate");

    @ArchTest
    public static final ArchRule domainDoesNotReachOutwards = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.omnidom..application..", "com.omnidom..web..",
                    "com.omnidom..messaging..", "com.omnidom..persistence..");

    /** The platform's web package (problem types) is shared plumbing, not a service's edge. */
    @ArchTest
    public static final ArchRule applicationDoesNotKnowWebOrMessaging = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat(resideInAnyPackage("com.omnidom..web..", "com.omnidom..messaging..",
                    "org.springframework.kafka..", "org.apache.kafka..").and(not(resideInAPackage("com.omnidom.platform.."))))
            .because("use cases are called by the edges (REST, listeners), never the other way round");

    @ArchTest
    public static final ArchRule onlyTheOutboxPublishes = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
            .because("events leave only through the outbox, in the transaction of the change (docs/outbox-and-inbox.md)");

    /**
     * The features right under a service's base package ({@code com.omnidom.<service>.<feature>}) depend on each other
     * one way only: when two must talk back, one owns a small interface and the other implements it (order-service's
     * {@code risk/application/HeldOrders}).
     */
    @ArchTest
    public static final ArchRule featuresAreFreeOfCycles = slices().matching("com.omnidom.(*).(*)..").namingSlices("$1 feature $2")
            .should().beFreeOfCycles()
            .because("one feature owns, the other listens (docs/architecture.md): a cycle makes two features one");
}
