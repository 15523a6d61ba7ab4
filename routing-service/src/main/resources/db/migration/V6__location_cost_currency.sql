-- The currency of a location's cost profile (ISO 4217): its amounts are minor units of it. Rows written before this
-- column have no currency, and their costs are not compared with any others until the catalog publishes them again.
ALTER TABLE location_replica ADD COLUMN cost_currency VARCHAR(3);
