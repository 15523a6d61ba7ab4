-- Promotions: automatic (code null) or coupons (code unique, upper case); names, channels and SKUs as JSONB (read whole).
CREATE TABLE promotion (
    id                  VARCHAR(64)  PRIMARY KEY,
    code                VARCHAR(32)  UNIQUE,
    names               JSONB        NOT NULL,
    valid_from          TIMESTAMPTZ,
    valid_until         TIMESTAMPTZ,
    channels            JSONB        NOT NULL,
    currency            VARCHAR(3)   NOT NULL,
    kind                VARCHAR(30)  NOT NULL,
    -- unconstrained NUMERIC keeps the scale written, so an unchanged PUT compares equal
    percent             NUMERIC CHECK (percent > 0 AND percent <= 100),
    amount              NUMERIC CHECK (amount > 0),
    minimum_order_value NUMERIC CHECK (minimum_order_value >= 0),
    skus                JSONB        NOT NULL,
    minimum_quantity    INTEGER CHECK (minimum_quantity >= 1),
    active              BOOLEAN      NOT NULL,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    CONSTRAINT promotion_validity CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_until > valid_from)
);

CREATE INDEX promotion_active ON promotion (active);
