package com.omnidom.platform.deadletter;

import com.omnidom.platform.PlatformSchema;
import com.omnidom.platform.consumer.ConsumerPlatformAutoConfiguration;
import com.omnidom.platform.consumer.EventDispatcher;
import com.omnidom.platform.kafka.KafkaTopicsProperties;
import com.omnidom.platform.parking.ParkedEvents;
import com.omnidom.platform.parking.ParkedEventsController;
import com.omnidom.platform.parking.ParkingProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/** The ops endpoints of every service for what its consumer could not apply: dead letters and parked events. */
@AutoConfiguration(after = ConsumerPlatformAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class FailedEventsWebConfiguration {

    @Bean
    DeadLettersController deadLettersController(PlatformSchema schema, DataSource dataSource,
                                                EventDispatcher dispatcher, ParkedEvents parking) {
        return new DeadLettersController(JdbcClient.create(dataSource), dispatcher, parking);
    }

    @Bean
    ParkedEventsController parkedEventsController(PlatformSchema schema, DataSource dataSource, KafkaTopicsProperties properties,
                                  @Value("${spring.application.name:omnidom}") String applicationName) {
        return new ParkedEventsController(JdbcClient.create(dataSource), applicationName, ParkingProperties.of(properties));
    }
}
