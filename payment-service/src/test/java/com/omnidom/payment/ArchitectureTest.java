package com.omnidom.payment;

import com.omnidom.testsupport.ServiceArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.omnidom.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The layering every service keeps. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule applicationKnowsNeitherWebNorMessagingNorThePspClient = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("com.omnidom.payment..web..",
                    "com.omnidom.payment..messaging..", "com.omnidom.payment.psp..", "org.springframework.kafka..",
                    "org.springframework.web..")
            .because("use cases reach the PSP only through the PaymentGateway port");
}
