package com.omnidom.testsupport;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test of a service: the whole application on a random port, a real Kafka broker of its own
 * (KRaft, 3 partitions per topic) and a fresh database on a real PostgreSQL; both from Testcontainers where a Docker
 * API is reachable, else in-JVM and local ({@link TestKafka}, {@link FreshDatabase}). Its constructor or methods may take
 * {@link Http} and {@link Wire} parameters ({@link ServiceTestSupport}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.state.change.logger=WARN",
        "spring.kafka.consumer.auto-offset-reset=earliest"})
@TestKafka
@FreshDatabase
@ExtendWith(ServiceTestSupport.class)
public @interface OmnidomServiceTest {
}
