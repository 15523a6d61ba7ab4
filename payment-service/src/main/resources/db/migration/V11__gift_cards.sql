-- Gift card balances kept here: what a card can still be spent for (balance) and what accepted orders hold on it
-- until their shipments capture it (reserved). Never below zero: a reservation beyond the balance is refused, and the
-- CHECKs make any bug that tried it fail instead of creating money.
CREATE TABLE gift_card (
    number     text        PRIMARY KEY,
    currency   text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    balance    numeric     NOT NULL CHECK (balance >= 0),
    reserved   numeric     NOT NULL CHECK (reserved >= 0),
    version    bigint      NOT NULL,
    issued_at  timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

-- Every change of a card, with its posting (one debit, one credit account, the amount): LOAD (money in, liability
-- up), RESERVE / RELEASE (an order holds or gives back part of the balance), REDEEM (a capture takes the reserved
-- part), REFUND (a return puts money back). Append-only: the balances are the sum of the movements.
CREATE TABLE gift_card_movement (
    movement_id    uuid        PRIMARY KEY,
    number         text        NOT NULL REFERENCES gift_card (number),
    kind           text        NOT NULL CHECK (kind IN ('LOAD', 'RESERVE', 'RELEASE', 'REDEEM', 'REFUND')),
    amount         numeric     NOT NULL CHECK (amount > 0),
    order_id       uuid,
    debit_account  text        NOT NULL,
    credit_account text        NOT NULL,
    balance_after  numeric     NOT NULL CHECK (balance_after >= 0),
    reserved_after numeric     NOT NULL CHECK (reserved_after >= 0),
    created_by     text,
    created_at     timestamptz NOT NULL
);

CREATE INDEX gift_card_movement_card ON gift_card_movement (number, created_at);
