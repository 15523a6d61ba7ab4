-- Pickups nobody collects: a reminder while one still waits (routing's FulfillmentPickupReminderDue, once per
-- fulfilment order) and the expiry (order-service's OrderCancelled with reason PICKUP_EXPIRED, once per cancellation).
ALTER TABLE message DROP CONSTRAINT message_kind_check;
ALTER TABLE message ADD CONSTRAINT message_kind_check CHECK (kind IN ('ORDER_CONFIRMED', 'SHIPPED', 'READY_FOR_PICKUP',
    'REFUNDED', 'ORDER_CANCELLED', 'DELAYED', 'AUTHORIZATION_RELEASED', 'DUNNING_REMINDER', 'PICKUP_REMINDER',
    'PICKUP_EXPIRED'));

-- The store's time zone (catalog's LocationChanged.timeZone): the reminder says until when the store holds the goods in
-- its local time. Null for stores kept before, until the catalog sends them again (the reminder then says UTC).
ALTER TABLE store_location ADD COLUMN time_zone VARCHAR(64);
