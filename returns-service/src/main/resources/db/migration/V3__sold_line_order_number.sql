-- The order's number as people know it (the channel's own, e.g. on the customer's e-mail or receipt): a store taking
-- a return over the counter looks the order up by it. Null for lines recorded before it was kept.
ALTER TABLE sold_line ADD COLUMN order_number TEXT;
CREATE INDEX sold_line_order_number ON sold_line (order_number) WHERE order_number IS NOT NULL;
