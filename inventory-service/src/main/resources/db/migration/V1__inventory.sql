-- Stock per article x location. Changed only by conditional statements; the CHECK is the last line of defence:
-- nothing is ever allocated beyond what is on hand, and nothing goes below zero (on_hand >= allocated >= 0).
-- Later columns (in transit with ETA, reservations per channel, safety stock) join this row and the formula of
-- available; the allocation rules stay conditional updates on it.
CREATE TABLE stock (
    sku         VARCHAR(64) NOT NULL,
    location_id VARCHAR(64) NOT NULL,
    on_hand     INTEGER     NOT NULL,
    allocated   INTEGER     NOT NULL DEFAULT 0,
    version     BIGINT      NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (sku, location_id),
    CONSTRAINT stock_allocated_within_on_hand CHECK (allocated >= 0 AND allocated <= on_hand)
);

-- The list filtered by location (the primary key serves the filter by sku).
CREATE INDEX stock_location ON stock (location_id, sku);

-- One decision per fulfilment order: what was allocated (lines), or why not (shortages), and where it stands.
CREATE TABLE allocation (
    fulfillment_id UUID        PRIMARY KEY,
    order_id       UUID        NOT NULL,
    location_id    VARCHAR(64) NOT NULL,
    state          VARCHAR(20) NOT NULL CHECK (state IN ('ALLOCATED', 'FAILED', 'RELEASED', 'SHIPPED')),
    lines          JSONB       NOT NULL,
    shortages      JSONB       NOT NULL,
    version        BIGINT      NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);

CREATE INDEX allocation_order ON allocation (order_id);
