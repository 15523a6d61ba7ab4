-- The channel that sold the order (order-service's Channel): a channel caller sees and returns only its own
-- channel's orders. Null for lines recorded before it was kept: no channel caller sees those, staff do.
ALTER TABLE sold_line ADD COLUMN channel VARCHAR(20);
