-- The partner a location belongs to (the catalog's partnerId; null: none), so a partner's token sees only the
-- fulfilment orders of its own locations. Rows written before this column have none: a partner sees nothing of them
-- until the catalog publishes them again (closed, never open).
ALTER TABLE location_replica ADD COLUMN partner_id VARCHAR(100);
CREATE INDEX location_replica_partner ON location_replica (partner_id) WHERE partner_id IS NOT NULL;
