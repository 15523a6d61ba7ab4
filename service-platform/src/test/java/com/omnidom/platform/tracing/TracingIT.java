package com.omnidom.platform.tracing;

import com.omnidom.events.EventType;
import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.events.notification.NotificationSent;
import com.omnidom.platform.SampleArticles;
import com.omnidom.platform.consumer.EventDispatcher;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.testsupport.Wire;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trace context across the outbox, against the real broker and database: stored with the row, sent as the
 * record's {@code traceparent}, continued by the consumer's span, and carried on by what its handler appends.
 */
@OmnidomServiceTest
class TracingIT {

    /** What a handler saw while it ran: its span's ids and the log's MDC. */
    record Seen(String traceId, String spanId, String parentId, Map<String, String> mdc) {
    }

    static final Map<String, Seen> seen = new ConcurrentHashMap<>();

    @TestConfiguration
    static class Echo {
        /** Remembers the span a TRACE- article was handled in and appends an -ECHO event from it. */
        @Bean
        EventHandlers echo(Tracer tracer, Outbox outbox) {
            return on -> on.event(ArticleChanged.class, article -> {
                if (!article.sku().startsWith("TRACE-")) return;
                Span span = tracer.currentSpan();
                seen.put(article.sku(), span == null ? new Seen(null, null, null, MDC.getCopyOfContextMap())
                        : new Seen(span.context().traceId(), span.context().spanId(), span.context().parentId(),
                        MDC.getCopyOfContextMap()));
                if (!article.sku().endsWith("-ECHO")) outbox.append(SampleArticles.changed(article.sku() + "-ECHO", 1));
            });
        }
    }

    @Autowired Outbox outbox;
    @Autowired Tracer tracer;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;

    private final Wire wire;

    TracingIT(Wire wire) {
        this.wire = wire;
    }

    @Test
    void theTraceGoesThroughTheOutboxToTheConsumerAndOnToWhatItAppends() {
        Span intake = tracer.nextSpan().name("intake").start();
        try (var inScope = tracer.withSpan(intake)) {
            transactions.executeWithoutResult(tx -> outbox.append(SampleArticles.changed("TRACE-1", 1)));
        } finally {
            intake.end();
        }
        String traceId = intake.context().traceId();
        assertThat(traceparentOf("TRACE-1")).isEqualTo("00-" + traceId + "-" + intake.context().spanId() + "-01");

        // the record carries it as the CloudEvents distributed tracing extension (binary mode: a header)
        var records = wire.atLeast(EventType.ARTICLE_CHANGED.topic(), 1, "TRACE-1");
        assertThat(TopicProbe.header(records.getFirst(), TraceContext.TRACEPARENT)).isEqualTo(traceparentOf("TRACE-1"));

        // the consumer's span is a child of the appending span, in the same trace; its MDC names the event
        await().atMost(Duration.ofSeconds(30)).until(() -> seen.containsKey("TRACE-1-ECHO"));
        Seen handled = seen.get("TRACE-1");
        assertThat(handled.traceId()).isEqualTo(traceId);
        assertThat(handled.parentId()).isEqualTo(intake.context().spanId());
        assertThat(handled.mdc()).containsEntry("traceId", traceId).containsEntry("spanId", handled.spanId())
                .containsEntry(EventDispatcher.MDC_EVENT_SUBJECT, "TRACE-1")
                .containsEntry(EventDispatcher.MDC_EVENT_TYPE, EventType.ARTICLE_CHANGED.type());

        // what the handler appended goes on in the same trace, from the consumer's span
        assertThat(traceparentOf("TRACE-1-ECHO")).isEqualTo("00-" + traceId + "-" + handled.spanId() + "-01");
        assertThat(seen.get("TRACE-1-ECHO").traceId()).isEqualTo(traceId);
        assertThat(seen.get("TRACE-1-ECHO").parentId()).isEqualTo(handled.spanId());
    }

    @Test
    void anOrdersEventsCarryTheTraceTheOrderWasFirstSeenInWhateverAppendsThem() {
        UUID order = UUID.randomUUID();
        Span intake = inSpan("intake", () -> outbox.append(notification(order)));
        // a later request or scheduled job: a trace of its own
        Span job = inSpan("job", () -> outbox.append(notification(order)));
        assertThat(job.context().traceId()).isNotEqualTo(intake.context().traceId());
        // and a job that is not traced at all
        transactions.executeWithoutResult(tx -> outbox.append(notification(order)));

        List<String> traceparents = jdbc.queryForList("SELECT traceparent FROM outbox WHERE aggregateid = ? ORDER BY seq",
                String.class, order.toString());
        String orderTrace = "00-" + intake.context().traceId() + "-" + intake.context().spanId() + "-01";
        assertThat(traceparents).containsExactly(orderTrace, orderTrace, orderTrace);
    }

    @Autowired OrderTraces orderTraces;

    @Test
    void aConsumedEventAboutAnOrderRecordsTheOrdersTraceForJobsThatAppendLater() {
        UUID order = UUID.randomUUID();
        Span consumer = tracer.nextSpan().name("consumer").start();
        try (var inScope = tracer.withSpan(consumer)) {
            orderTraces.consumed(notification(order));
        } finally {
            consumer.end();
        }
        transactions.executeWithoutResult(tx -> outbox.append(notification(order)));
        assertThat(jdbc.queryForList("SELECT traceparent FROM outbox WHERE aggregateid = ?", String.class, order.toString()))
                .containsExactly("00-" + consumer.context().traceId() + "-" + consumer.context().spanId() + "-01");
    }

    @Test
    void anOrdersTraceOnceCommittedIsRememberedSoLaterEventsNeedNoStatement() {
        UUID order = UUID.randomUUID();
        Span intake = inSpan("intake", () -> outbox.append(notification(order)));
        // the row goes (as retention would take it): what this instance committed, it still knows
        jdbc.update("DELETE FROM order_trace WHERE order_id = ?", order.toString());
        transactions.executeWithoutResult(tx -> outbox.append(notification(order)));
        String orderTrace = "00-" + intake.context().traceId() + "-" + intake.context().spanId() + "-01";
        assertThat(jdbc.queryForList("SELECT traceparent FROM outbox WHERE aggregateid = ? ORDER BY seq", String.class,
                order.toString())).containsExactly(orderTrace, orderTrace);
    }

    @Test
    void aTraceFirstRecordedInARolledBackTransactionIsNotRemembered() {
        UUID order = UUID.randomUUID();
        Span rolledBack = tracer.nextSpan().name("rolled-back").start();
        try (var inScope = tracer.withSpan(rolledBack)) {
            transactions.executeWithoutResult(tx -> {
                outbox.append(notification(order));
                tx.setRollbackOnly();
            });
        } finally {
            rolledBack.end();
        }
        Span intake = inSpan("intake", () -> outbox.append(notification(order)));
        assertThat(jdbc.queryForList("SELECT traceparent FROM outbox WHERE aggregateid = ?", String.class, order.toString()))
                .containsExactly("00-" + intake.context().traceId() + "-" + intake.context().spanId() + "-01");
    }

    private Span inSpan(String name, Runnable appending) {
        Span span = tracer.nextSpan().name(name).start();
        try (var inScope = tracer.withSpan(span)) {
            transactions.executeWithoutResult(tx -> appending.run());
        } finally {
            span.end();
        }
        return span;
    }

    private static NotificationSent notification(UUID order) {
        return new NotificationSent(UUID.randomUUID(), Instant.now(), order, UUID.randomUUID(),
                NotificationSent.Kind.ORDER_CONFIRMED, "EMAIL", "someone@example.com", "en");
    }

    @Test
    void anEventAppendedOutsideAnySpanHasNoTraceContext() {
        transactions.executeWithoutResult(tx -> outbox.append(SampleArticles.changed("UNTRACED-1", 1)));
        assertThat(traceparentOf("UNTRACED-1")).isNull();
    }

    @Test
    void eachHandledRecordIsTimedInAHistogramByTopicTypeAndOutcome() {
        wire.publish(SampleArticles.changed("HANDLED-1", 1), SampleArticles.changed("REJECT-HANDLED-1", 1));
        Timer success = await().atMost(Duration.ofSeconds(30)).until(() -> handled("success"), t -> t != null && t.count() > 0);
        Timer deadLettered = await().atMost(Duration.ofSeconds(30)).until(() -> handled("dead_lettered"),
                t -> t != null && t.count() > 0);
        // buckets, not client-side percentiles: omnidom_events_handled_seconds_bucket in Prometheus
        assertThat(success.takeSnapshot().histogramCounts()).isNotEmpty();
        assertThat(deadLettered.takeSnapshot().histogramCounts()).isNotEmpty();
    }

    @Test
    void httpServerRequestsAreAHistogram(Http http) {
        http.get("/actuator/health");
        Timer requests = await().atMost(Duration.ofSeconds(10)).until(() -> meters.find("http.server.requests").timer(),
                t -> t != null);
        assertThat(requests.takeSnapshot().histogramCounts()).isNotEmpty();
    }

    private Timer handled(String outcome) {
        return meters.find(EventDispatcher.OBSERVATION).tags("topic", "catalog.articles.v1", "outcome", outcome).timer();
    }

    private String traceparentOf(String sku) {
        List<String> rows = jdbc.queryForList("SELECT traceparent FROM outbox WHERE aggregateid = ?", String.class, sku);
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }
}
