package com.omnidom.platform.outbox;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.EventType;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.metrics.EventMeters;
import com.omnidom.platform.tracing.OrderTraces;
import com.omnidom.platform.tracing.TraceContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.Map;

/**
 * Records events in the outbox table, inside the caller's transaction, so an event exists if and only if
 * the state change that raised it committed. Call it after the state change: the aggregate's row lock
 * (or {@code @Version}) then orders the events of one aggregate as their transactions commit.
 */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final String source;
    private final EventMeters meters;
    private final OrderTraces traces;

    public Outbox(JdbcTemplate jdbc, EventCodec codec, String source, EventMeters meters) {
        this(jdbc, codec, source, meters, new OrderTraces(jdbc, TraceContext.NONE));
    }

    /** {@code traces}: the trace context stored with each event, so its consumers continue the trace. */
    public Outbox(JdbcTemplate jdbc, EventCodec codec, String source, EventMeters meters, OrderTraces traces) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.source = source;
        this.meters = meters;
        this.traces = traces;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(ContractEvent event) {
        EventType type = EventType.of(event.getClass());
        Map<String, String> context = traces.forAppending(event);
        jdbc.update("""
                INSERT INTO outbox (id, aggregatetype, aggregateid, type, payload, source, occurred_at, traceparent, tracestate)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""",
                event.eventId(), type.topic().name(), event.subject(), type.type(), codec.toJson(event), source,
                Timestamp.from(event.occurredAt()), context.get(TraceContext.TRACEPARENT),
                context.get(TraceContext.TRACESTATE));
        meters.observe(event);
    }
}
