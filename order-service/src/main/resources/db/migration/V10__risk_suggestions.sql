-- Suggestions for risk reviewers: a chargeback on an order suggests its customer for the channel's black list. One
-- suggestion per chargeback (unique chargeback_id: a redelivered or repeated ChargebackOpened suggests nothing more);
-- OPEN → ACCEPTED (the list entry made or found) / DISMISSED by a conditional update (who, why, when).
CREATE TABLE risk_suggestion (
    id              UUID         PRIMARY KEY,
    chargeback_id   UUID         NOT NULL UNIQUE,
    order_id        UUID         NOT NULL,
    order_number    VARCHAR(64)  NOT NULL,
    channel         VARCHAR(20)  NOT NULL,
    customer_id     VARCHAR(64)  NOT NULL,
    currency        VARCHAR(3)   NOT NULL,
    amount          NUMERIC      NOT NULL,
    reason          TEXT,
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'DISMISSED')),
    created_at      TIMESTAMPTZ  NOT NULL,
    decided_by      VARCHAR(200),
    decided_at      TIMESTAMPTZ,
    decision_reason VARCHAR(500),
    list_entry_id   UUID
);

CREATE INDEX risk_suggestion_status ON risk_suggestion (status, created_at);
