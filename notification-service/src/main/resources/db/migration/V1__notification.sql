-- Whom to tell about an order: kept from OrderAccepted (other events reference the order only by id).
CREATE TABLE order_contact (
    order_id           UUID          PRIMARY KEY,
    order_number       VARCHAR(100)  NOT NULL,
    customer_name      VARCHAR(200),
    email              VARCHAR(320),
    language           VARCHAR(35)   NOT NULL,
    delivery_mode      VARCHAR(10)   NOT NULL CHECK (delivery_mode IN ('SHIP', 'PICKUP')),
    pickup_location_id VARCHAR(64),
    currency           VARCHAR(3)    NOT NULL,
    total              NUMERIC(19,4) NOT NULL,
    lines              JSONB         NOT NULL,
    accepted_at        TIMESTAMPTZ   NOT NULL
);

-- Replica of catalog.locations.v1 (only what an e-mail names); the newest version wins.
CREATE TABLE store_location (
    id          VARCHAR(64)  PRIMARY KEY,
    version     BIGINT       NOT NULL,
    name        VARCHAR(200),
    street      VARCHAR(200),
    postal_code VARCHAR(20),
    city        VARCHAR(100),
    country     VARCHAR(2)
);

-- Every message to a customer. The natural key makes a second copy of the same news impossible,
-- whatever event ids it arrived with; the sender works PENDING rows with FOR UPDATE SKIP LOCKED.
CREATE TABLE message (
    id              UUID          PRIMARY KEY,
    order_id        UUID          NOT NULL,
    kind            VARCHAR(30)   NOT NULL CHECK (kind IN ('ORDER_CONFIRMED', 'SHIPPED', 'READY_FOR_PICKUP', 'REFUNDED')),
    reference       VARCHAR(100)  NOT NULL,
    channel         VARCHAR(20)   NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    language        VARCHAR(35)   NOT NULL,
    subject         VARCHAR(998)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(10)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INT           NOT NULL CHECK (attempts >= 0),
    last_error      TEXT,
    created_at      TIMESTAMPTZ   NOT NULL,
    next_attempt_at TIMESTAMPTZ   NOT NULL,
    sent_at         TIMESTAMPTZ,
    version         BIGINT        NOT NULL,
    CONSTRAINT message_natural_key UNIQUE (order_id, kind, reference),
    CONSTRAINT message_sent_at CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);

CREATE INDEX message_due ON message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX message_by_order ON message (order_id, created_at);
