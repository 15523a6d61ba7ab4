package com.omnidom.testsupport;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test of a service: the whole application on a random port, a real in-JVM Kafka broker
 * (KRaft, 3 partitions per topic) and a fresh database on a real PostgreSQL. Its constructor or methods may take
 * {@link Http} and {@link Wire} parameters ({@link ServiceTestSupport}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.state.change.logger=WARN",
        "spring.kafka.consumer.auto-offset-reset=earliest"})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@FreshDatabase
@ExtendWith(ServiceTestSupport.class)
public @interface OmnidomServiceTest {
}
