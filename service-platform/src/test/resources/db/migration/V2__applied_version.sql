-- The order in which article versions took effect (parked events must be replayed in order).
CREATE TABLE applied_version (
    seq     BIGSERIAL   PRIMARY KEY,
    sku     VARCHAR(64) NOT NULL,
    version BIGINT      NOT NULL
);
