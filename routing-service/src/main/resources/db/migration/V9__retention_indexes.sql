-- What the retention rules of application.yml delete by (docs/retention.md).
CREATE INDEX routing_decision_decided ON routing_decision (decided_at);
CREATE INDEX shadow_decision_decided ON shadow_decision (decided_at);
CREATE INDEX order_exclusion_created ON order_exclusion (created_at);
CREATE INDEX capacity_use_day ON capacity_use (day);
CREATE INDEX deferred_line_unroutable ON deferred_line (updated_at) WHERE status = 'UNROUTABLE';
CREATE INDEX partner_ship_to_updated ON partner_ship_to (updated_at);
