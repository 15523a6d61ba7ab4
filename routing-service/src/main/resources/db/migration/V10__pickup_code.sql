-- The code the customer shows to collect a PICKUP fulfilment order: 6 random digits drawn when it becomes
-- READY_FOR_PICKUP and sent to the customer (only) in FulfillmentReadyForPickup. Null before that, and for orders
-- made ready before this column: their customers got no code, so the store checks an identity document.
ALTER TABLE fulfillment_order ADD COLUMN pickup_code VARCHAR(6) CHECK (pickup_code ~ '^[0-9]{6}$');
