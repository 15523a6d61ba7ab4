package com.omnidom.order;

import com.omnidom.testsupport.ServiceArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

@AnalyzeClasses(packages = "com.omnidom.order", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The layering every service keeps. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceArchitecture.class);
}
