package com.omnidom.events;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** Partners and every service depend on the contracts, so they pull in nothing but the JDK and Jackson annotations. */
@AnalyzeClasses(packages = "com.omnidom.events", importOptions = ImportOption.DoNotIncludeTests.class)
class NoSpringInContractsTest {

    @ArchTest
    static final ArchRule contractsDependOnlyOnTheJdkAndJacksonAnnotations = classes()
            .that().resideInAPackage("com.omnidom.events..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.fasterxml.jackson.annotation..", "com.omnidom.events..")
            .because("contract events carry no Spring, Kafka or Jackson databind: services translate at their edge");
}
