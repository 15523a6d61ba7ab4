-- Events a consumer set aside instead of blocking its partition: one waiting for a prerequisite from another topic,
-- and every later event of the same consumer, topic and key behind it (per-key order). Replayed in id order.
CREATE TABLE parked_event (
    id              BIGSERIAL    PRIMARY KEY,
    consumer        VARCHAR(200) NOT NULL,
    topic           VARCHAR(249) NOT NULL,
    kafka_partition INTEGER      NOT NULL,
    kafka_offset    BIGINT       NOT NULL,
    record_key      VARCHAR(255),
    event_id        VARCHAR(100),
    ce_type         VARCHAR(255),
    headers         JSONB        NOT NULL,
    payload         BYTEA,
    reason          TEXT         NOT NULL,
    parked_at       TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    last_error      TEXT,
    UNIQUE (consumer, topic, kafka_partition, kafka_offset)
);

CREATE INDEX parked_event_key ON parked_event (consumer, record_key, id);
CREATE INDEX parked_event_due ON parked_event (consumer, next_attempt_at);

-- Records this service's consumer gave up on (also published to <topic>.DLT), for ops to inspect, redrive or discard.
CREATE TABLE dead_letter (
    id                BIGSERIAL    PRIMARY KEY,
    consumer          VARCHAR(200) NOT NULL,
    topic             VARCHAR(249) NOT NULL,
    kafka_partition   INTEGER      NOT NULL,
    kafka_offset      BIGINT       NOT NULL,
    record_key        VARCHAR(255),
    event_id          VARCHAR(100),
    ce_type           VARCHAR(255),
    headers           JSONB        NOT NULL,
    payload           BYTEA,
    exception_class   VARCHAR(500) NOT NULL,
    exception_message TEXT,
    exception_stack   TEXT,
    dead_lettered_at  TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    status            VARCHAR(10)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'REDRIVEN', 'DISCARDED')),
    resolved_at       TIMESTAMPTZ,
    resolved_by       VARCHAR(255),
    resolution_note   TEXT,
    redrive_attempts  INTEGER      NOT NULL DEFAULT 0,
    last_error        TEXT,
    UNIQUE (consumer, topic, kafka_partition, kafka_offset)
);

CREATE INDEX dead_letter_status ON dead_letter (status, topic, id);
