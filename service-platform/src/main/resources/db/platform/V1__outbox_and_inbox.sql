-- Outbox with Debezium's outbox-router column names (id, aggregatetype, aggregateid, type, payload),
-- so CDC can replace the relay without a schema change. aggregatetype holds the topic name.
CREATE TABLE outbox (
    seq           BIGSERIAL    PRIMARY KEY,
    id            UUID         NOT NULL UNIQUE,
    aggregatetype VARCHAR(249) NOT NULL,
    aggregateid   VARCHAR(255) NOT NULL,
    type          VARCHAR(255) NOT NULL,
    payload       JSONB        NOT NULL,
    source        VARCHAR(255) NOT NULL,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    sent_at       TIMESTAMPTZ
);

CREATE INDEX outbox_unsent ON outbox (seq) WHERE sent_at IS NULL;

-- Wakes the relay as soon as a transaction that wrote events commits (NOTIFY is delivered on commit).
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox', '');
    RETURN NULL;
END $$;

CREATE TRIGGER outbox_inserted AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();

CREATE TABLE processed_event (
    consumer     VARCHAR(200) NOT NULL,
    event_id     UUID         NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
