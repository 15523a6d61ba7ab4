package com.omnidom.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trace context of the current span as the propagation headers name it (W3C: {@code traceparent} and, when
 * there is one, {@code tracestate}), for what leaves the process other than through an instrumented client: the
 * outbox row, and from it the Kafka record.
 */
@FunctionalInterface
public interface TraceContext {

    String TRACEPARENT = "traceparent";
    String TRACESTATE = "tracestate";

    /** No tracing: nothing to carry on. */
    TraceContext NONE = Map::of;

    /** The current span's headers; empty outside any span. */
    Map<String, String> current();

    /** Through Micrometer Tracing: the tracer's current span, written by the configured propagator. */
    static TraceContext of(Tracer tracer, Propagator propagator) {
        return () -> {
            Span span = tracer.currentSpan();
            if (span == null || span.isNoop()) return Map.of();
            Map<String, String> headers = new LinkedHashMap<>();
            propagator.inject(span.context(), headers, Map::put);
            return headers;
        };
    }
}
