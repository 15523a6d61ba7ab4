-- What the retention rules of application.yml delete by (docs/retention.md).
CREATE INDEX message_done ON message (created_at) WHERE status <> 'PENDING';
CREATE INDEX order_contact_accepted ON order_contact (accepted_at);
