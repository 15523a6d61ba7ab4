-- Bonus points kept here like gift cards (V11): what a loyalty account can still spend (balance) and what accepted
-- orders hold on it until their shipments capture it (reserved), in whole points; the points are worth the configured
-- value per point in the account's currency. Never below zero, as for gift cards.
CREATE TABLE loyalty_account (
    account    text        PRIMARY KEY,
    currency   text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    balance    numeric     NOT NULL CHECK (balance >= 0 AND balance = trunc(balance)),
    reserved   numeric     NOT NULL CHECK (reserved >= 0 AND reserved = trunc(reserved)),
    version    bigint      NOT NULL,
    issued_at  timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

-- Every change of an account with its posting at the points' value: LOAD (finance credits points: marketing expense
-- against points liability), RESERVE / RELEASE, REDEEM, REFUND as for gift cards. Append-only.
CREATE TABLE loyalty_movement (
    movement_id    uuid        PRIMARY KEY,
    account        text        NOT NULL REFERENCES loyalty_account (account),
    kind           text        NOT NULL CHECK (kind IN ('LOAD', 'RESERVE', 'RELEASE', 'REDEEM', 'REFUND')),
    amount         numeric     NOT NULL CHECK (amount > 0 AND amount = trunc(amount)),
    value          numeric     NOT NULL CHECK (value >= 0),
    order_id       uuid,
    debit_account  text        NOT NULL,
    credit_account text        NOT NULL,
    balance_after  numeric     NOT NULL CHECK (balance_after >= 0),
    reserved_after numeric     NOT NULL CHECK (reserved_after >= 0),
    created_by     text,
    created_at     timestamptz NOT NULL
);

CREATE INDEX loyalty_movement_account ON loyalty_movement (account, created_at);
