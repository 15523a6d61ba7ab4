package com.omnidom.platform.tracing;

import com.omnidom.events.notification.NotificationSent;
import com.omnidom.platform.PlatformSchema;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.metrics.EventMeters;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.testsupport.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.micrometer.tracing.otel.bridge.Slf4JEventListener;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What tracing costs on the append path of every intake: a request-like observation around a transaction that
 * appends one event about an order, with tracing on (OpenTelemetry SDK through Micrometer Tracing, every trace sampled,
 * the MDC updated, the order's trace looked up and the traceparent stored: as a service runs by default, no exporter)
 * and off (no observation, no trace context), in alternating rounds of one run, on the machine's PostgreSQL.
 * Not a test: {@code ./mvnw -q -pl service-platform test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.omnidom.platform.tracing.TracingOverheadBenchmark [-Dexec.args="rounds appends"]}
 */
public final class TracingOverheadBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int appends = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        var db = TestDatabases.create("tracingbench");
        try (var dataSource = new HikariDataSource();
             var tracerProvider = SdkTracerProvider.builder().setSampler(Sampler.alwaysOn()).build()) {
            dataSource.setJdbcUrl(db.url());
            dataSource.setUsername(db.username());
            dataSource.setPassword(db.password());
            PlatformSchema.migrate(dataSource);
            var jdbc = new JdbcTemplate(dataSource);
            var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

            var otel = tracerProvider.get("benchmark");
            var tracer = new OtelTracer(otel, new OtelCurrentTraceContext(), new Slf4JEventListener()::onEvent);
            var propagator = new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel);
            var meters = new SimpleMeterRegistry();
            var traced = ObservationRegistry.create();
            traced.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters))
                    .observationHandler(new DefaultTracingObservationHandler(tracer));

            var on = new Mode("tracing on", traced, new Outbox(jdbc, new EventCodec(), "/omnidom/benchmark",
                    new EventMeters(meters, List.of()), new OrderTraces(jdbc, TraceContext.of(tracer, propagator))));
            var off = new Mode("tracing off", ObservationRegistry.NOOP, new Outbox(jdbc, new EventCodec(),
                    "/omnidom/benchmark", new EventMeters(meters, List.of()), new OrderTraces(jdbc, TraceContext.NONE)));

            // warm-up: the JIT, the pool, the tables' first pages
            on.run(transactions, appends);
            off.run(transactions, appends);
            for (int round = 0; round < rounds; round++) {
                Mode first = round % 2 == 0 ? on : off;
                Mode second = first == on ? off : on;
                first.rates.add(first.run(transactions, appends));
                second.rates.add(second.run(transactions, appends));
            }
            double onMedian = median(on.rates), offMedian = median(off.rates);
            System.out.printf("intake append path, %d rounds of %d transactions (one order event each):%n", rounds, appends);
            for (Mode mode : List.of(on, off)) {
                System.out.printf("  %-11s median %.0f appends/s, rounds %s%n", mode.name, median(mode.rates),
                        mode.rates.stream().map(r -> String.format("%.0f", r)).toList());
            }
            System.out.printf("  tracing costs %.1f %% of the append path's throughput%n", (1 - onMedian / offMedian) * 100);
        } finally {
            db.drop();
        }
    }

    /** Tracing on or off: an observation registry, and the outbox that stores (or not) the trace context. */
    private record Mode(String name, ObservationRegistry observations, Outbox outbox, List<Double> rates) {

        Mode(String name, ObservationRegistry observations, Outbox outbox) {
            this(name, observations, outbox, new ArrayList<>());
        }

        /** {@code appends} request-like transactions, each appending one event about a new order; appends/s. */
        double run(TransactionTemplate transactions, int appends) {
            long start = System.nanoTime();
            for (int i = 0; i < appends; i++) {
                var event = new NotificationSent(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.randomUUID(),
                        NotificationSent.Kind.ORDER_CONFIRMED, "EMAIL", "benchmark@example.com", "en");
                Observation.createNotStarted("http.server.requests", observations).observe(
                        () -> transactions.executeWithoutResult(tx -> outbox.append(event)));
            }
            return appends / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
