-- The W3C trace context (traceparent, tracestate) of the span that appended the event: the relay sends it as the
-- record's traceparent/tracestate headers, so the consumers' spans continue the same trace (docs/logs-and-traces.md).
-- NULL when the event was appended outside any span (e.g. a scheduled job with tracing off).
ALTER TABLE outbox ADD COLUMN traceparent VARCHAR(55), ADD COLUMN tracestate VARCHAR(512);
