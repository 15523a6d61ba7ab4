-- The indexes the retention job's built-in rules delete by (docs/retention.md): without them each batch scans the table.
-- Sent outbox rows, oldest first; unsent rows (sent_at NULL) are never deleted and stay out of this index.
CREATE INDEX outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;

CREATE INDEX processed_event_processed_at ON processed_event (processed_at);

CREATE INDEX audit_record_at ON audit_record (at);

-- Dead letters ops resolved (redriven or discarded); open ones are never deleted.
CREATE INDEX dead_letter_resolved ON dead_letter (resolved_at) WHERE status <> 'OPEN';
