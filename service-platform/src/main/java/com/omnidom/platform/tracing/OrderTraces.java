package com.omnidom.platform.tracing;

import com.omnidom.events.ContractEvent;
import com.omnidom.platform.metrics.EventMeters;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One trace per order. An order's events are appended by requests (intake, shipping, a return) and by scheduled jobs
 * (routing's priority window, the mail sender) as well as by consumers, and each would start a trace of its own; so
 * every service remembers, in its {@code order_trace} table, the trace it first saw an order in (the intake's span, or
 * the span that consumed the first event about it), and an event about that order carries that trace on. Whatever
 * appends it still logs under its own span; the events, and so every consumer's span, stay in the order's trace.
 * An event is about an order when its record has a {@code UUID orderId} component (the contracts' convention).
 * <p>
 * An order's row is written once and never changed, so the rows this instance committed or read are kept in a bounded
 * memory: most events about an order then cost no statement (docs/performance.md).
 */
public class OrderTraces {

    /** Orders whose stored trace this instance knows, most recently used last. */
    private static final int KNOWN_ORDERS = 20_000;

    /** The order an event is about, read from its {@code orderId} component; null for events without one. */
    private static final ClassValue<Function<ContractEvent, String>> ORDER_ID = new ClassValue<>() {
        @Override
        protected Function<ContractEvent, String> computeValue(Class<?> type) {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getName().equals("orderId") && component.getType() == UUID.class) {
                        return event -> {
                            try {
                                Object id = component.getAccessor().invoke(event);
                                return id == null ? null : id.toString();
                            } catch (ReflectiveOperationException e) {
                                return null;
                            }
                        };
                    }
                }
            }
            return event -> null;
        }
    };

    private final JdbcTemplate jdbc;
    private final TraceContext trace;
    private final Map<String, Map<String, String>> known = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
                    return size() > KNOWN_ORDERS;
                }
            });

    public OrderTraces(JdbcTemplate jdbc, TraceContext trace) {
        this.jdbc = jdbc;
        this.trace = trace;
    }

    /** The order {@code event} is about, or null. */
    public static String orderId(ContractEvent event) {
        return ORDER_ID.get(event.getClass()).apply(event);
    }

    /**
     * The trace context to store with {@code event}: its order's trace, recorded now from the current span if the
     * order has none yet; the current span's for an event about no order. Outside any span (a job that is not
     * traced), the order's trace if it has one, else none.
     */
    public Map<String, String> forAppending(ContractEvent event) {
        if (trace == TraceContext.NONE) return Map.of();
        Map<String, String> current = trace.current();
        String order = orderId(event);
        if (order == null) return current;
        Map<String, String> stored = known.get(order);
        if (stored != null) return current.isEmpty() || !traceId(stored).equals(traceId(current)) ? stored : current;
        if (current.isEmpty()) {
            List<Map<String, String>> rows = jdbc.query("SELECT traceparent, tracestate FROM order_trace WHERE order_id = ?",
                    (rs, n) -> context(rs.getString(1), rs.getString(2)), order);
            if (rows.isEmpty()) return Map.of();
            remember(order, rows.getFirst());
            return rows.getFirst();
        }
        // insert if absent, else read what is there: one statement (the CTE's row is not visible to the second SELECT)
        List<Map<String, String>> found = jdbc.query("""
                WITH inserted AS (
                    INSERT INTO order_trace (order_id, traceparent, tracestate) VALUES (?, ?, ?)
                    ON CONFLICT (order_id) DO NOTHING RETURNING traceparent, tracestate)
                SELECT traceparent, tracestate FROM inserted
                UNION ALL SELECT traceparent, tracestate FROM order_trace WHERE order_id = ?
                LIMIT 1""",
                (rs, n) -> context(rs.getString(1), rs.getString(2)), order, current.get(TraceContext.TRACEPARENT),
                current.get(TraceContext.TRACESTATE), order);
        // none when a concurrent first insert has not committed yet: the current span's, then; the current span's too
        // when it is in the order's trace already (a consumer's): it is the better parent
        if (found.isEmpty()) return current;
        remember(order, found.getFirst());
        if (traceId(found.getFirst()).equals(traceId(current))) return current;
        return found.getFirst();
    }

    /** Once the row is committed (at once outside a transaction): a row of a rollback is not remembered. */
    private void remember(String order, Map<String, String> stored) {
        EventMeters.afterCommit(() -> known.put(order, stored));
    }

    /** The trace id of a W3C traceparent: {@code 00-<trace id>-<parent id>-<flags>}. */
    private static String traceId(Map<String, String> context) {
        String traceparent = context.get(TraceContext.TRACEPARENT);
        return traceparent == null || traceparent.length() < 35 ? "" : traceparent.substring(3, 35);
    }

    /** A consumed event: its order's trace is the consumer span's (so the record's) unless the order has one. */
    public void consumed(ContractEvent event) {
        if (trace == TraceContext.NONE) return;
        String order = orderId(event);
        if (order == null) return;
        Map<String, String> current = trace.current();
        if (current.isEmpty() || known.containsKey(order)) return;
        int inserted = jdbc.update("""
                INSERT INTO order_trace (order_id, traceparent, tracestate) VALUES (?, ?, ?)
                ON CONFLICT (order_id) DO NOTHING""",
                order, current.get(TraceContext.TRACEPARENT), current.get(TraceContext.TRACESTATE));
        // when the order had a row already, it is not known which: the next append reads it
        if (inserted == 1) remember(order, current);
    }

    private static Map<String, String> context(String traceparent, String tracestate) {
        return tracestate == null ? Map.of(TraceContext.TRACEPARENT, traceparent)
                : Map.of(TraceContext.TRACEPARENT, traceparent, TraceContext.TRACESTATE, tracestate);
    }
}
