-- The order as routing keeps it: channel and country select the routing profile; lines hold the OPEN quantities
-- (an OrderCancelled reduces them), so what still needs routing is derived: open lines minus live fulfilments.
-- unit_prices: minor units per line id (the minimum-shipment-value fence reads them).
ALTER TABLE routed_order
    ADD COLUMN channel     VARCHAR(30),
    ADD COLUMN country     VARCHAR(2),
    ADD COLUMN unit_prices JSONB NOT NULL DEFAULT '{}',
    ADD COLUMN updated_at  TIMESTAMPTZ;

-- The catalog's cost profile in minor units (null = none): the engine's per-location costs.
ALTER TABLE location_replica
    ADD COLUMN cost_per_shipment BIGINT,
    ADD COLUMN cost_per_unit     BIGINT,
    ADD COLUMN distance_bands    JSONB NOT NULL DEFAULT '[]';

-- What inventory publishes beyond "available" (reservations per channel, safety stock, goods in transit).
ALTER TABLE availability_replica
    ADD COLUMN reserved     INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN safety_stock INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN reservations JSONB   NOT NULL DEFAULT '[]',
    ADD COLUMN in_transit   JSONB   NOT NULL DEFAULT '[]',
    ADD COLUMN unlimited    BOOLEAN NOT NULL DEFAULT false;

-- FulfillmentAssigned carries them; manual = an operator chose the location.
ALTER TABLE fulfillment_order
    ADD COLUMN channel     VARCHAR(30),
    ADD COLUMN promised_by TIMESTAMPTZ,
    ADD COLUMN manual      BOOLEAN NOT NULL DEFAULT false;

-- Routing claims stock with its own ASSIGNED fulfilments until inventory confirms them: looked up per location.
CREATE INDEX fulfillment_order_assigned ON fulfillment_order (location_id) WHERE status = 'ASSIGNED';

-- Orders waiting for the next priority window (accepted, or lines came back, or stock arrived for deferred lines).
-- One row per order: what to route is derived when the window drains it, VIP first, then by acceptance time.
-- An order whose routing failed waits (not_before, doubling per attempt) so it does not retry every window.
CREATE TABLE routing_queue (
    order_id    UUID        PRIMARY KEY REFERENCES routed_order (order_id),
    priority    BOOLEAN     NOT NULL,
    accepted_at TIMESTAMPTZ NOT NULL,
    trigger     VARCHAR(40) NOT NULL,
    enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts    INTEGER     NOT NULL DEFAULT 0,
    not_before  TIMESTAMPTZ
);

CREATE INDEX routing_queue_drain_order ON routing_queue (priority DESC, accepted_at, order_id);

-- Lines no location could take: DEFERRED (retried when their SKU's availability changes and on a schedule) until
-- retry_until, then UNROUTABLE (reported once, never retried automatically; an operator may still assign them).
CREATE TABLE deferred_line (
    order_id    UUID        NOT NULL REFERENCES routed_order (order_id),
    line_id     VARCHAR(64) NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    quantity    INTEGER     NOT NULL CHECK (quantity > 0),
    status      VARCHAR(20) NOT NULL CHECK (status IN ('DEFERRED', 'UNROUTABLE')),
    reason      TEXT        NOT NULL,
    deferred_at TIMESTAMPTZ NOT NULL,
    retry_until TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (order_id, line_id)
);

CREATE INDEX deferred_line_by_sku ON deferred_line (sku) WHERE status = 'DEFERRED';
CREATE INDEX deferred_line_expiry ON deferred_line (retry_until) WHERE status = 'DEFERRED';

-- Routing profiles: versioned per name, immutable once ACTIVE (DRAFT -> ACTIVE -> RETIRED); selected per channel and
-- country (null = any). At most one ACTIVE per scope, decided by the database.
CREATE TABLE routing_profile (
    id           UUID         PRIMARY KEY,
    name         VARCHAR(80)  NOT NULL,
    version      INTEGER      NOT NULL,
    channel      VARCHAR(30),
    country      VARCHAR(2),
    status       VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED', 'SHADOW')),
    content      JSONB        NOT NULL,
    description  VARCHAR(500),
    created_at   TIMESTAMPTZ  NOT NULL,
    activated_at TIMESTAMPTZ,
    retired_at   TIMESTAMPTZ,
    UNIQUE (name, version)
);

CREATE UNIQUE INDEX routing_profile_one_active_per_scope
    ON routing_profile (coalesce(channel, '*'), coalesce(country, '*')) WHERE status = 'ACTIVE';

-- The decision names the profile it used (null for manual assignments and decisions before profiles existed).
ALTER TABLE routing_decision ADD COLUMN profile_id UUID;
