package com.omnidom.platform.metrics;

import com.omnidom.platform.kafka.KafkaPlatformAutoConfiguration;
import com.omnidom.platform.kafka.KafkaTopicsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.util.HashMap;

/** Flow metrics of a service with consumers: its consumer group's lag per topic. */
@AutoConfiguration(after = KafkaPlatformAutoConfiguration.class)
@ConditionalOnBean(KafkaTopicsProperties.class)
public class MetricsPlatformAutoConfiguration {

    @Bean
    ConsumerLag consumerLag(KafkaProperties kafka, KafkaTopicsProperties topics, MeterRegistry meters,
                            @Value("${spring.application.name:omnidom}") String applicationName,
                            @Value("${omnidom.kafka.lag-refresh:15s}") Duration every) {
        var config = new HashMap<>(kafka.buildAdminProperties());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, applicationName + "-consumer-lag");
        return new ConsumerLag(() -> Admin.create(config), applicationName, topics.consumes(), every, meters);
    }
}
