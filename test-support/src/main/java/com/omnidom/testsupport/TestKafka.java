package com.omnidom.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Spring test context of the annotated class gets a Kafka broker of its own (3 partitions per created topic) as
 * {@code spring.kafka.bootstrap-servers}, stopped when the context closes: a Testcontainers broker where a Docker API
 * is reachable, else one in this JVM ({@link TestInfrastructure}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface TestKafka {
}
