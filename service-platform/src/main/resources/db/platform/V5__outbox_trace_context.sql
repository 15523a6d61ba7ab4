-- The W3C trace context (traceparent, tracestate) an event carries on: the relay sends it as the record's
-- traceparent/tracestate headers, so the consumers' spans continue that trace (docs/logs-and-traces.md).
-- NULL when the event was appended outside any span (tracing off).
ALTER TABLE outbox ADD COLUMN traceparent VARCHAR(55), ADD COLUMN tracestate VARCHAR(512);

-- One trace per order: the trace an order was first seen in by this service (its intake, or the first consumed event
-- about it). Events about the order carry it on even when a later request or a scheduled job appends them.
CREATE TABLE order_trace (
    order_id    VARCHAR(100) PRIMARY KEY,
    traceparent VARCHAR(55)  NOT NULL,
    tracestate  VARCHAR(512),
    recorded_at TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX order_trace_recorded_at ON order_trace (recorded_at);
