-- One payment per order: what the tenders authorised and what was captured and refunded. The CHECKs are the
-- last word on money: never capture beyond the authorisation, never refund beyond the capture.
CREATE TABLE payment (
    order_id     uuid PRIMARY KEY,
    order_number text,
    currency     text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    total        numeric     NOT NULL CHECK (total >= 0),
    authorized   numeric     NOT NULL CHECK (authorized >= 0),
    captured     numeric     NOT NULL DEFAULT 0,
    refunded     numeric     NOT NULL DEFAULT 0,
    version      bigint      NOT NULL,
    created_at   timestamptz NOT NULL,
    CONSTRAINT payment_captured_within_authorized CHECK (captured >= 0 AND captured <= authorized),
    CONSTRAINT payment_refunded_within_captured CHECK (refunded >= 0 AND refunded <= captured)
);

CREATE TABLE payment_tender (
    id         uuid PRIMARY KEY,
    order_id   uuid    NOT NULL REFERENCES payment (order_id),
    position   int     NOT NULL,
    tender_id  text    NOT NULL,
    type       text    NOT NULL,
    reference  text,
    authorized numeric NOT NULL CHECK (authorized >= 0),
    captured   numeric NOT NULL DEFAULT 0,
    refunded   numeric NOT NULL DEFAULT 0,
    CONSTRAINT payment_tender_unique UNIQUE (order_id, tender_id),
    CONSTRAINT tender_captured_within_authorized CHECK (captured >= 0 AND captured <= authorized),
    CONSTRAINT tender_refunded_within_captured CHECK (refunded >= 0 AND refunded <= captured)
);

-- Quantities per order line: captured once shipped or picked up, returned once back
CREATE TABLE payment_line (
    id                 uuid PRIMARY KEY,
    order_id           uuid    NOT NULL REFERENCES payment (order_id),
    position           int     NOT NULL,
    line_id            text    NOT NULL,
    sku                text    NOT NULL,
    quantity           int     NOT NULL CHECK (quantity > 0),
    unit_price         numeric NOT NULL CHECK (unit_price >= 0),
    tax_rate           numeric NOT NULL CHECK (tax_rate >= 0),
    captured_quantity  int     NOT NULL DEFAULT 0,
    returned_quantity  int     NOT NULL DEFAULT 0,
    CONSTRAINT payment_line_unique UNIQUE (order_id, line_id),
    CONSTRAINT line_captured_within_ordered CHECK (captured_quantity >= 0 AND captured_quantity <= quantity),
    CONSTRAINT line_returned_within_captured CHECK (returned_quantity >= 0 AND returned_quantity <= captured_quantity)
);

-- One capture per fulfilment order, whatever number of times its shipment event arrives
CREATE TABLE capture (
    capture_id     uuid PRIMARY KEY,
    order_id       uuid        NOT NULL REFERENCES payment (order_id),
    fulfillment_id uuid        NOT NULL,
    currency       text        NOT NULL,
    amount         numeric     NOT NULL CHECK (amount >= 0),
    parts          jsonb       NOT NULL,
    captured_at    timestamptz NOT NULL,
    CONSTRAINT capture_once_per_fulfillment UNIQUE (fulfillment_id)
);
CREATE INDEX capture_by_order ON capture (order_id);

CREATE TABLE refund (
    refund_id   uuid PRIMARY KEY,
    order_id    uuid        NOT NULL REFERENCES payment (order_id),
    return_id   uuid        NOT NULL,
    currency    text        NOT NULL,
    amount      numeric     NOT NULL CHECK (amount > 0),
    parts       jsonb       NOT NULL,
    refunded_at timestamptz NOT NULL,
    CONSTRAINT refund_once_per_return UNIQUE (return_id)
);
CREATE INDEX refund_by_order ON refund (order_id);

-- Invoice numbers without gaps in normal operation (a rolled-back capture loses its number: sequences never roll back)
CREATE SEQUENCE invoice_number_seq;

CREATE TABLE invoice (
    invoice_id     uuid PRIMARY KEY,
    invoice_number text        NOT NULL UNIQUE,
    order_id       uuid        NOT NULL REFERENCES payment (order_id),
    fulfillment_id uuid        NOT NULL UNIQUE,
    currency       text        NOT NULL,
    net            numeric     NOT NULL,
    tax            numeric     NOT NULL,
    gross          numeric     NOT NULL,
    lines          jsonb       NOT NULL,
    taxes          jsonb       NOT NULL,
    issued_at      timestamptz NOT NULL,
    CONSTRAINT invoice_net_plus_tax_is_gross CHECK (net + tax = gross)
);
CREATE INDEX invoice_by_order ON invoice (order_id);
