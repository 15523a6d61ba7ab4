-- How long a pickup waits (routing's pickup sweep, omnidom.routing.pickup.*): when it was made ready, and when its
-- customer was reminded (once). A pickup nobody collects in time becomes EXPIRED (status is a plain VARCHAR(20)).
ALTER TABLE fulfillment_order ADD COLUMN ready_for_pickup_at TIMESTAMPTZ;
ALTER TABLE fulfillment_order ADD COLUMN pickup_reminded_at TIMESTAMPTZ;
-- those waiting now were made ready at their last change: their hold counts from there
UPDATE fulfillment_order SET ready_for_pickup_at = updated_at WHERE status = 'READY_FOR_PICKUP';
-- the sweep looks only at pickups that wait
CREATE INDEX fulfillment_order_waiting_pickup ON fulfillment_order (ready_for_pickup_at) WHERE status = 'READY_FOR_PICKUP';
