package com.omnidom.catalog;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.omnidom.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
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
            .should().dependOnClassesThat().resideInAnyPackage("com.omnidom.catalog..application..", "com.omnidom.catalog..web..");

    @ArchTest
    static final ArchRule applicationDoesNotKnowTheWebLayer = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("com.omnidom.catalog..web..");

    @ArchTest
    static final ArchRule articlesAndLocationsDoNotKnowImports = noClasses()
            .that().resideInAnyPackage("com.omnidom.catalog.article..", "com.omnidom.catalog.location..")
            .should().dependOnClassesThat().resideInAPackage("com.omnidom.catalog.imports..");
}
