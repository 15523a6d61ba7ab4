-- Order charges (shipping, handling, gift wrap, ...) are kept as one-unit lines of the payment with their type, so
-- capture, invoice, credit note and refund treat them like an article; null for the order's article lines.
ALTER TABLE payment_line ADD COLUMN charge_type text
    CHECK (charge_type IS NULL OR charge_type IN ('SHIPPING', 'HANDLING', 'GIFT_WRAP', 'OTHER'));
ALTER TABLE payment_line ADD CONSTRAINT charge_is_one_unit CHECK (charge_type IS NULL OR quantity = 1);
