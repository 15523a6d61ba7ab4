-- What the retention rules of application.yml delete by (docs/retention.md).
CREATE INDEX stock_movement_occurred ON stock_movement (occurred_at);
CREATE INDEX allocation_ended ON allocation (updated_at) WHERE state <> 'ALLOCATED';
CREATE INDEX reservation_ended ON reservation (updated_at) WHERE state <> 'ACTIVE';
