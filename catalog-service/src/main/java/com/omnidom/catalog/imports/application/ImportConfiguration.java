package com.omnidom.catalog.imports.application;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the sweeper of abandoned imports. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ImportConfiguration {
}
