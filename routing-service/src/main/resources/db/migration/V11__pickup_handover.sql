-- How a PICKUP fulfilment order was handed over: the customer's pickup code, or (no code) an identity document staff
-- checked, with what they checked. Wrong codes tried are counted: after 5 codes are refused and only the identity
-- check hands over (FulfillmentOrder.MAX_WRONG_PICKUP_CODES), so guessing a code ends at the counter.
ALTER TABLE fulfillment_order ADD COLUMN wrong_pickup_codes INTEGER NOT NULL DEFAULT 0 CHECK (wrong_pickup_codes >= 0);
ALTER TABLE fulfillment_order ADD COLUMN pickup_verification VARCHAR(20)
    CHECK (pickup_verification IN ('PICKUP_CODE', 'IDENTITY_CHECK'));
ALTER TABLE fulfillment_order ADD COLUMN identity_check VARCHAR(200);
