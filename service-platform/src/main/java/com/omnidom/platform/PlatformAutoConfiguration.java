package com.omnidom.platform;

import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.platform.metrics.EventMeters;
import com.omnidom.platform.metrics.EventMetric;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.outbox.OutboxMetrics;
import com.omnidom.platform.outbox.OutboxProperties;
import com.omnidom.platform.outbox.OutboxRelay;
import com.omnidom.platform.tracing.OrderTraces;
import com.omnidom.platform.tracing.TraceContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;

/** Outbox, relay and inbox for every service with a DataSource and Kafka; the clock every service reads time from. */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class PlatformAutoConfiguration {

    /**
     * UTC, ticking in microseconds, PostgreSQL's precision: an answer shows times exactly as a later read does.
     * Tests replace it with a fixed or mutable clock.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /**
     * With spring.flyway.enabled=false the platform's tables are left alone too: a schema managed elsewhere, or a
     * start with no database at all (the class-data training run of the container images).
     */
    @Bean
    PlatformSchema platformSchema(DataSource dataSource, @Value("${spring.flyway.enabled:true}") boolean migrate,
                                  @Value("${spring.flyway.connect-retries:0}") int connectRetries,
                                  @Value("${spring.flyway.connect-retries-interval:120s}") Duration retriesInterval) {
        return migrate ? PlatformSchema.migrate(dataSource, connectRetries, retriesInterval) : PlatformSchema.unmanaged();
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    /** The trace each order's events carry on (docs/logs-and-traces.md); none without a tracer. */
    @Bean
    OrderTraces orderTraces(PlatformSchema schema, DataSource dataSource, ObjectProvider<Tracer> tracer,
                            ObjectProvider<Propagator> propagator) {
        TraceContext trace = tracer.getIfAvailable() != null && propagator.getIfAvailable() != null
                ? TraceContext.of(tracer.getObject(), propagator.getObject()) : TraceContext.NONE;
        return new OrderTraces(new JdbcTemplate(dataSource), trace);
    }

    @Bean
    Outbox outbox(PlatformSchema schema, DataSource dataSource, EventCodec codec, OutboxProperties properties,
                  @Value("${spring.application.name:omnidom}") String applicationName, MeterRegistry meters,
                  ObjectProvider<EventMetric<?>> eventMetrics, OrderTraces traces) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        OutboxMetrics.register(meters, jdbc);
        String source = properties.source() != null ? properties.source() : "/omnidom/" + applicationName;
        return new Outbox(jdbc, codec, source, new EventMeters(meters, eventMetrics.orderedStream().toList()), traces);
    }

    @Bean
    OutboxRelay outboxRelay(PlatformSchema schema, DataSource dataSource, KafkaProperties kafka,
                            OutboxProperties properties, MeterRegistry meters,
                            @Value("${spring.application.name:omnidom}") String applicationName) {
        var config = new HashMap<>(kafka.buildProducerProperties());
        // the guarantees the relay relies on, whatever spring.kafka.producer.* says
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new OutboxRelay(dataSource, () -> new KafkaProducer<>(config), properties, meters);
    }

    @Bean
    Inbox inbox(PlatformSchema schema, DataSource dataSource, PlatformTransactionManager transactions) {
        return new Inbox(new JdbcTemplate(dataSource), new TransactionTemplate(transactions));
    }
}
