package com.omnidom.platform.health;

import com.omnidom.platform.PlatformAutoConfiguration;
import com.omnidom.platform.consumer.ConsumerBindings;
import com.omnidom.platform.outbox.OutboxProperties;
import com.omnidom.platform.outbox.OutboxRelay;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * The {@code consumers} and {@code outbox} health indicators (bean names give the names), which
 * {@code PlatformDefaults} puts in the readiness group.
 */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
public class HealthPlatformAutoConfiguration {

    @Bean
    ConsumerContainers consumerContainers() {
        return new ConsumerContainers();
    }

    @Bean
    ConsumersHealthIndicator consumersHealthIndicator(Environment environment, ConsumerContainers containers) {
        return new ConsumersHealthIndicator(ConsumerBindings.of(environment), containers);
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(OutboxRelay relay, DataSource dataSource, OutboxProperties properties) {
        return new OutboxHealthIndicator(relay, new JdbcTemplate(dataSource), properties);
    }
}
