package com.omnidom.platform.outbox;

import com.omnidom.events.Topics;
import com.omnidom.platform.PlatformSchema;
import com.omnidom.platform.SampleArticles;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.metrics.EventMeters;
import com.omnidom.testsupport.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Outbox relay throughput (events/s drained from a backlog) and the latency it adds (commit → broker ack)
 * under a steady trickle, on the machine's PostgreSQL (fsync on) and an in-JVM KRaft broker. Not a test:
 * {@code ./mvnw -q -pl service-platform test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.omnidom.platform.outbox.OutboxRelayBenchmark}
 */
public final class OutboxRelayBenchmark {

    public static void main(String[] args) throws Exception {
        int backlog = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int trickle = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        var broker = new EmbeddedKafkaKraftBroker(1, 3, Topics.CATALOG_ARTICLES.name());
        broker.afterPropertiesSet();
        var db = TestDatabases.create("relaybench");
        try (var dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(db.url());
            dataSource.setUsername(db.username());
            dataSource.setPassword(db.password());
            PlatformSchema.migrate(dataSource);
            var jdbc = new JdbcTemplate(dataSource);
            var outbox = new Outbox(jdbc, new EventCodec(), "/omnidom/benchmark", new EventMeters(new SimpleMeterRegistry(), List.of()));
            var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            var properties = new OutboxProperties(true, 500, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofDays(7), null, Duration.ofMinutes(2));
            Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 5,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            var meters = new SimpleMeterRegistry();
            var relay = new OutboxRelay(dataSource, () -> new KafkaProducer<>(config), properties, meters);

            for (int i = 0; i < backlog; i += 500) {
                int from = i;
                transactions.executeWithoutResult(tx -> {
                    for (int j = from; j < Math.min(from + 500, backlog); j++) {
                        outbox.append(SampleArticles.changed("SKU-" + (j % 1000), j / 1000 + 1));
                    }
                });
            }
            long start = System.nanoTime();
            relay.start();
            while (unsent(jdbc) > 0) Thread.sleep(20);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("relay throughput: %d events drained in %.2f s = %.0f events/s (batch 500, acks=all, idempotent)%n",
                    backlog, seconds, backlog / seconds);

            meters.clear();
            relay.stop();
            var steady = new SimpleMeterRegistry();
            // the relay publishes a histogram (for Prometheus); here the registry computes the percentiles printed
            steady.config().meterFilter(new MeterFilter() {
                @Override
                public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                    return DistributionStatisticConfig.builder().percentiles(0.5, 0.99).build().merge(config);
                }
            });
            relay = new OutboxRelay(dataSource, () -> new KafkaProducer<>(config), properties, steady);
            relay.start();
            Thread.sleep(2_000); // leader election and producer warm-up are not part of the added latency
            for (int i = 0; i < trickle; i++) {
                var event = SampleArticles.changed("TRICKLE-" + (i % 100), i / 100 + 1);
                transactions.executeWithoutResult(tx -> outbox.append(event));
                Thread.sleep(2);
            }
            while (unsent(jdbc) > 0) Thread.sleep(20);
            relay.stop();
            Timer latency = steady.get("omnidom.outbox.publish.latency").timer();
            System.out.printf("relay added latency (commit -> ack), %d events one per transaction every ~2 ms: mean %.1f ms, max %.1f ms",
                    latency.count(), latency.mean(TimeUnit.MILLISECONDS), latency.max(TimeUnit.MILLISECONDS));
            for (ValueAtPercentile p : latency.takeSnapshot().percentileValues()) {
                System.out.printf(", p%.0f %.1f ms", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS));
            }
            System.out.println();
        } finally {
            db.drop();
            broker.destroy();
        }
    }

    private static int unsent(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE sent_at IS NULL", Integer.class);
    }
}
