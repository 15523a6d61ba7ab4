-- Issue 6: risk decision, cancellation, lifecycle columns, customers, risk lists / rules / reviews.

-- The risk check's word on the order (ACCEPTED, HELD for review, REJECTED); the status is derived from it and the lines.
ALTER TABLE customer_order
    ADD COLUMN risk_decision       VARCHAR(10)  NOT NULL DEFAULT 'ACCEPTED',
    ADD COLUMN status_since        TIMESTAMPTZ,
    ADD COLUMN released_amount     NUMERIC      NOT NULL DEFAULT 0,
    ADD COLUMN location_id         VARCHAR(64),
    ADD COLUMN replaces_order_id   UUID REFERENCES customer_order (id),
    ADD COLUMN client_ip           VARCHAR(45),
    ADD COLUMN billing_address     JSONB,
    ADD COLUMN customer_loyalty_id VARCHAR(64);
UPDATE customer_order SET status_since = updated_at;
ALTER TABLE customer_order ALTER COLUMN status_since SET NOT NULL;
ALTER TABLE customer_order ADD CONSTRAINT customer_order_risk_decision CHECK (risk_decision IN ('ACCEPTED', 'HELD', 'REJECTED'));
ALTER TABLE customer_order ADD CONSTRAINT customer_order_released CHECK (released_amount >= 0 AND released_amount <= total);

CREATE INDEX customer_order_email ON customer_order (lower(customer_email), created_at DESC);
CREATE INDEX customer_order_channel ON customer_order (channel, created_at DESC);
CREATE INDEX customer_order_location ON customer_order (location_id, created_at DESC);
CREATE INDEX customer_order_status_since ON customer_order (status, status_since);

-- Cancelled units never exceed what was not handed over: a shipment that overtook a cancellation wins (see Order).
ALTER TABLE order_line
    ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled >= 0),
    ADD CONSTRAINT order_line_cancelled CHECK (cancelled + shipped + ready_for_pickup + picked_up <= ordered);

CREATE INDEX idempotent_request_created ON idempotent_request (created_at);

-- Customers as the channels know them, upserted from every order (e-shop customer id; POS loyalty id).
CREATE TABLE customer (
    customer_id    VARCHAR(64)  PRIMARY KEY,
    loyalty_id     VARCHAR(64),
    name           VARCHAR(200) NOT NULL,
    email          VARCHAR(254),
    phone          VARCHAR(40),
    language       VARCHAR(35),
    first_order_at TIMESTAMPTZ  NOT NULL,
    last_order_at  TIMESTAMPTZ  NOT NULL,
    orders         INTEGER      NOT NULL CHECK (orders >= 0)
);
-- not unique: a till may scan a card another customer record has; the order must not fail over it
CREATE INDEX customer_loyalty ON customer (loyalty_id) WHERE loyalty_id IS NOT NULL;

-- Black and white list entries; values normalised on the way in, so lookups are equality.
CREATE TABLE risk_list_entry (
    id         UUID         PRIMARY KEY,
    list       VARCHAR(5)   NOT NULL CHECK (list IN ('BLACK', 'WHITE')),
    kind       VARCHAR(30)  NOT NULL,
    value      VARCHAR(500) NOT NULL,
    reason     VARCHAR(500),
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT risk_list_entry_unique UNIQUE (list, kind, value)
);
CREATE INDEX risk_list_entry_lookup ON risk_list_entry (kind, value);

-- Abnormality rules: every change is a new version; the highest is in force. Version 1 holds the defaults.
CREATE TABLE risk_rule_set (
    version    INTEGER      PRIMARY KEY CHECK (version >= 1),
    rules      JSONB        NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    reason     VARCHAR(500),
    created_at TIMESTAMPTZ  NOT NULL
);
INSERT INTO risk_rule_set (version, rules, changed_by, reason, created_at) VALUES (1, '{
  "newCustomerOrderValue": {"enabled": true, "action": "HOLD", "maxValue": "2500"},
  "articleQuantity": {"enabled": true, "action": "HOLD", "maxUnits": 20},
  "velocity": {"enabled": true, "action": "HOLD", "maxPerCustomer": 10, "maxPerAddress": 20, "maxPerCard": 10},
  "countryMismatch": {"enabled": true, "action": "HOLD"},
  "highRiskArticles": {"enabled": true, "action": "HOLD", "skuPrefixes": ["GC-"], "maxValue": "250"},
  "expressToNewAddress": {"enabled": false, "action": "HOLD"}
}', 'migration', 'defaults', now());

-- What the risk check saw of each order, for velocity and "new customer / new address" (counted in the database).
CREATE TABLE risk_observation (
    order_id    UUID         NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    value       VARCHAR(500) NOT NULL,
    observed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (order_id, kind, value)
);
CREATE INDEX risk_observation_lookup ON risk_observation (kind, value, observed_at);

-- Orders held for review, and what the reviewer decided.
CREATE TABLE risk_review (
    order_id         UUID         PRIMARY KEY,
    order_number     VARCHAR(64)  NOT NULL,
    channel          VARCHAR(20)  NOT NULL,
    customer_id      VARCHAR(64)  NOT NULL,
    currency         VARCHAR(3)   NOT NULL,
    total            NUMERIC      NOT NULL,
    reasons          JSONB        NOT NULL,
    rule_set_version INTEGER      NOT NULL,
    status           VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'RELEASED', 'REJECTED')),
    held_at          TIMESTAMPTZ  NOT NULL,
    decided_at       TIMESTAMPTZ,
    decided_by       VARCHAR(100),
    decision_reason  VARCHAR(500)
);
CREATE INDEX risk_review_open ON risk_review (status, held_at);

-- Every risk decision, automatic or by a person: who, why, when.
CREATE TABLE risk_decision (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    order_id         UUID         NOT NULL,
    outcome          VARCHAR(10)  NOT NULL,
    reasons          JSONB        NOT NULL,
    rule_set_version INTEGER,
    decided_by       VARCHAR(100) NOT NULL,
    reason           VARCHAR(500),
    decided_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX risk_decision_order ON risk_decision (order_id, decided_at);
CREATE INDEX risk_decision_time ON risk_decision (decided_at DESC);

-- search by location also looks into the fulfilment orders (jsonb containment)
CREATE INDEX customer_order_fulfillment_locations ON customer_order USING gin (fulfillments jsonb_path_ops);
