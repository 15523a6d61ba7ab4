package com.omnidom.platform.retention;

import com.omnidom.platform.PlatformDefaults;
import com.omnidom.platform.PlatformSchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up guard as a service meets it: its properties over the platform's defaults, no database needed. */
class RetentionStartupTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withInitializer(context -> new PlatformDefaults().postProcessEnvironment(context.getEnvironment(), null))
            .withConfiguration(AutoConfigurations.of(RetentionPlatformAutoConfiguration.class))
            .withBean(PlatformSchema.class, PlatformSchema::unmanaged)
            .withBean(DataSource.class, SimpleDriverDataSource::new)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("spring.flyway.enabled=false", "omnidom.kafka.consumes[0]=order.events.v1");

    @Test
    void aServiceKeepingInboxRowsShorterThanItsTopicsAllowDoesNotStart() {
        service.withPropertyValues("omnidom.retention.processed-event=10d").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("processed_event must be kept at least 21d");
        });
    }

    @Test
    void withThePlatformsDefaultsItStartsWithTheBuiltInRules() {
        service.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(RetentionProperties.class).rules())
                    .containsKeys("processed-event", "outbox", "audit-record", "dead-letter");
            assertThat(context.getBean(RetentionProperties.class).rules().get("outbox").keep()).hasDays(7);
        });
    }
}
