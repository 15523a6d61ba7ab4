-- Replica of the catalog's promotions (catalog.promotions.v1, compacted): the highest version per promotion id.
-- Names, channels and SKUs as JSONB, always read whole; coupons are looked up by code.
CREATE TABLE catalog_promotion (
    promotion_id        VARCHAR(64)  PRIMARY KEY,
    version             BIGINT       NOT NULL,
    code                VARCHAR(32),
    names               JSONB        NOT NULL,
    valid_from          TIMESTAMPTZ,
    valid_until         TIMESTAMPTZ,
    channels            JSONB        NOT NULL,
    currency            VARCHAR(3)   NOT NULL,
    kind                VARCHAR(30)  NOT NULL,
    percent             NUMERIC,
    amount              NUMERIC,
    minimum_order_value NUMERIC,
    skus                JSONB        NOT NULL,
    minimum_quantity    INTEGER,
    active              BOOLEAN      NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);

CREATE INDEX catalog_promotion_currency ON catalog_promotion (currency) WHERE active;

-- A discounted line: its unit price before the discounts and the discounts taken off it (code, name, amount for all
-- its units); unit_price stays what the customer pays per unit. Null on lines without discounts.
ALTER TABLE order_line ADD COLUMN list_price NUMERIC;
ALTER TABLE order_line ADD COLUMN discounts JSONB;
