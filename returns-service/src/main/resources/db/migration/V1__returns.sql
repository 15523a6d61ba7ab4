-- What was sold and delivered, per order line: the replica returns are checked against.
-- returned_quantity counts units in returns that are not cancelled; the CHECK is the last word on
-- "never more back than went out", whatever the application does.
CREATE TABLE sold_line (
    order_id          UUID        NOT NULL,
    line_id           VARCHAR(64) NOT NULL,
    sku               VARCHAR(64) NOT NULL,
    ordered_quantity  INTEGER     NOT NULL CHECK (ordered_quantity >= 0),
    unit_price        NUMERIC     NOT NULL CHECK (unit_price >= 0),
    currency          VARCHAR(3)  NOT NULL,
    shipped_quantity  INTEGER     NOT NULL DEFAULT 0 CHECK (shipped_quantity >= 0),
    returned_quantity INTEGER     NOT NULL DEFAULT 0,
    sold_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (order_id, line_id),
    CONSTRAINT sold_line_returned_within_shipped CHECK (returned_quantity BETWEEN 0 AND shipped_quantity)
);

-- Every shipment or pickup of a line, from which location: the log behind shipped_quantity.
CREATE TABLE delivered_line (
    event_id       UUID        NOT NULL,
    line_id        VARCHAR(64) NOT NULL,
    order_id       UUID        NOT NULL,
    fulfillment_id UUID        NOT NULL,
    location_id    VARCHAR(64) NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    quantity       INTEGER     NOT NULL CHECK (quantity > 0),
    delivered_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id, line_id),
    FOREIGN KEY (order_id, line_id) REFERENCES sold_line (order_id, line_id)
);

CREATE INDEX delivered_line_order ON delivered_line (order_id, line_id);

-- Return orders: requested, received (inspected, refund amount fixed), refunded or cancelled.
CREATE TABLE return_order (
    id              UUID        PRIMARY KEY,
    order_id        UUID        NOT NULL,
    channel         VARCHAR(10) NOT NULL,
    location_id     VARCHAR(64) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    currency        VARCHAR(3)  NOT NULL,
    refund_amount   NUMERIC CHECK (refund_amount >= 0),
    refunded_amount NUMERIC     NOT NULL CHECK (refunded_amount >= 0),
    version         BIGINT      NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    received_at     TIMESTAMPTZ,
    refunded_at     TIMESTAMPTZ,
    cancelled_at    TIMESTAMPTZ
);

CREATE INDEX return_order_order ON return_order (order_id, created_at);

CREATE TABLE return_order_line (
    return_id         UUID        NOT NULL REFERENCES return_order (id) ON DELETE CASCADE,
    line_index        INTEGER     NOT NULL,
    line_id           VARCHAR(64) NOT NULL,
    sku               VARCHAR(64) NOT NULL,
    quantity          INTEGER     NOT NULL CHECK (quantity > 0),
    reason            VARCHAR(30) NOT NULL,
    unit_price        NUMERIC     NOT NULL CHECK (unit_price >= 0),
    received_quantity INTEGER,
    resellable        BOOLEAN,
    PRIMARY KEY (return_id, line_index),
    CONSTRAINT return_order_line_received_within_requested CHECK (received_quantity BETWEEN 0 AND quantity)
);
