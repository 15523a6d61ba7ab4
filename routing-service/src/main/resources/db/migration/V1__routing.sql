-- Replicas of other services' state topics, shared by every instance. Upserts keep the highest version,
-- so redelivered or reordered snapshots never overwrite newer ones.
CREATE TABLE location_replica (
    location_id    VARCHAR(64)      PRIMARY KEY,
    type           VARCHAR(30)      NOT NULL,
    latitude       DOUBLE PRECISION,
    longitude      DOUBLE PRECISION,
    time_zone      VARCHAR(64),
    capabilities   TEXT[]           NOT NULL,
    orders_per_day INTEGER,
    units_per_day  INTEGER,
    active         BOOLEAN          NOT NULL,
    version        BIGINT           NOT NULL,
    updated_at     TIMESTAMPTZ      NOT NULL DEFAULT now()
);

CREATE TABLE availability_replica (
    sku         VARCHAR(64) NOT NULL,
    location_id VARCHAR(64) NOT NULL,
    available   INTEGER     NOT NULL,
    version     BIGINT      NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (sku, location_id)
);

-- Routing looks up the locations holding an order's SKUs.
CREATE INDEX availability_in_stock ON availability_replica (sku, location_id) WHERE available > 0;

-- What routing needs of an accepted order to route it again later (re-routing after a failure or rejection).
CREATE TABLE routed_order (
    order_id           UUID             PRIMARY KEY,
    mode               VARCHAR(10)      NOT NULL,
    latitude           DOUBLE PRECISION,
    longitude          DOUBLE PRECISION,
    pickup_location_id VARCHAR(64),
    priority           BOOLEAN          NOT NULL,
    lines              JSONB            NOT NULL,
    accepted_at        TIMESTAMPTZ      NOT NULL,
    created_at         TIMESTAMPTZ      NOT NULL DEFAULT now()
);

-- One fulfilment order per location chosen for an order; lines are read and written whole.
CREATE TABLE fulfillment_order (
    id               UUID        PRIMARY KEY,
    order_id         UUID        NOT NULL REFERENCES routed_order (order_id),
    location_id      VARCHAR(64) NOT NULL,
    mode             VARCHAR(10) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    lines            JSONB       NOT NULL,
    priority         BOOLEAN     NOT NULL,
    capacity_day     DATE        NOT NULL,
    carrier          VARCHAR(64),
    tracking_number  VARCHAR(100),
    rejection_reason VARCHAR(64),
    version          BIGINT      NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);

CREATE INDEX fulfillment_order_by_order ON fulfillment_order (order_id, created_at);
CREATE INDEX fulfillment_order_by_location ON fulfillment_order (location_id, status, created_at);

-- Store capacity used per location and local day; the conditional UPDATE that reserves never passes the
-- location's capacity, and the CHECKs keep releases honest.
CREATE TABLE capacity_use (
    location_id VARCHAR(64) NOT NULL,
    day         DATE        NOT NULL,
    orders      INTEGER     NOT NULL DEFAULT 0 CHECK (orders >= 0),
    units       INTEGER     NOT NULL DEFAULT 0 CHECK (units >= 0),
    PRIMARY KEY (location_id, day)
);

-- Locations that failed or rejected an order: re-routing never sends the order there again.
CREATE TABLE order_exclusion (
    order_id    UUID        NOT NULL,
    location_id VARCHAR(64) NOT NULL,
    reason      VARCHAR(64) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (order_id, location_id)
);

-- Every routing decision with its explanation (which locations, why; what stayed unroutable, why).
CREATE TABLE routing_decision (
    id          UUID        PRIMARY KEY,
    order_id    UUID        NOT NULL,
    trigger     VARCHAR(40) NOT NULL,
    strategy    VARCHAR(60) NOT NULL,
    explanation JSONB       NOT NULL,
    decided_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX routing_decision_by_order ON routing_decision (order_id, decided_at);
