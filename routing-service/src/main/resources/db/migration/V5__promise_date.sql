-- The day delivery (or pickup) was promised to the customer, from OrderAccepted / DeliveryAddressChanged; null when
-- nothing was promised. Every routing of the order (first, re-routing, deferred retries) hands it to the engine.
ALTER TABLE routed_order ADD COLUMN promise_date DATE;
