-- The partner feed (docs/partners.md). Which locations belong to a partner (catalog's partnerId; null: none), kept
-- at the highest version seen like the replicas.
CREATE TABLE partner_location (
    location_id VARCHAR(64)  PRIMARY KEY,
    partner_id  VARCHAR(100),
    version     BIGINT       NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- What a partner needs of an order beyond its fulfilment order: the order number, the recipient and the delivery
-- address (a PICKUP: the name only), the promised day, express. Never e-mail, phone, prices or tenders. Text as the
-- channel sent it: this copy must never refuse an order that routing accepts.
CREATE TABLE partner_ship_to (
    order_id     UUID         PRIMARY KEY,
    order_number TEXT,
    pickup       BOOLEAN      NOT NULL,
    name         TEXT,
    street       TEXT,
    postal_code  TEXT,
    city         TEXT,
    country      TEXT,
    deliver_by   DATE,
    express      BOOLEAN      NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
