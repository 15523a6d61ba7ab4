-- Replica of the catalog's locations (catalog.locations.v1, compacted): the highest version per location id. Intake
-- checks a pickup order's store against it and takes the store's address as the order's delivery address.
CREATE TABLE catalog_location (
    location_id  TEXT         PRIMARY KEY,
    version      BIGINT       NOT NULL,
    name         TEXT,
    street       TEXT,
    postal_code  TEXT,
    city         TEXT,
    country      TEXT,
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION,
    capabilities TEXT[]       NOT NULL,
    active       BOOLEAN      NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);
