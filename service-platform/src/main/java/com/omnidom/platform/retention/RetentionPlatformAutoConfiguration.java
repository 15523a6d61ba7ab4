package com.omnidom.platform.retention;

import com.omnidom.platform.PlatformAutoConfiguration;
import com.omnidom.platform.PlatformSchema;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.util.List;

/** The retention job and its start-up checks: rules that name real columns, inbox rows that outlive redeliveries. */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionPlatformAutoConfiguration {

    @Bean
    RetentionJob retentionJob(PlatformSchema schema, DataSource dataSource, RetentionProperties properties,
                              MeterRegistry meters, Environment environment) {
        ProcessedEventGuard.check(properties, Binder.get(environment)
                .bind("omnidom.kafka.consumes", Bindable.listOf(String.class)).orElse(List.of()));
        return new RetentionJob(dataSource, properties, meters);
    }

    /** After every singleton, so after the service's own Flyway migrations; skipped where no schema is managed. */
    @Bean
    SmartInitializingSingleton retentionRulesCheck(RetentionJob job,
                                                   @Value("${spring.flyway.enabled:true}") boolean migrate) {
        return () -> {
            if (migrate) job.checkRules();
        };
    }
}
