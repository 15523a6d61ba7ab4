-- Cancelled lines give back what was authorised for them and not captured yet ("released"). The CHECKs keep the
-- money straight whatever the order of captures and cancels: a tender never captures plus releases more than it
-- authorised, a line never has more units captured plus cancelled than ordered.
ALTER TABLE payment ADD COLUMN released numeric NOT NULL DEFAULT 0;
ALTER TABLE payment ADD CONSTRAINT payment_released_within_uncaptured
    CHECK (released >= 0 AND captured + released <= authorized);

ALTER TABLE payment_tender ADD COLUMN released numeric NOT NULL DEFAULT 0;
ALTER TABLE payment_tender ADD CONSTRAINT tender_released_within_uncaptured
    CHECK (released >= 0 AND captured + released <= authorized);

ALTER TABLE payment_line ADD COLUMN cancelled_quantity int NOT NULL DEFAULT 0;
ALTER TABLE payment_line ADD CONSTRAINT line_cancelled_within_uncaptured
    CHECK (cancelled_quantity >= 0 AND captured_quantity + cancelled_quantity <= quantity);

-- One release per cancellation (the OrderCancelled event's id), whatever number of times it arrives
CREATE TABLE authorization_release (
    release_id      uuid PRIMARY KEY,
    order_id        uuid        NOT NULL REFERENCES payment (order_id),
    cancellation_id uuid        NOT NULL,
    currency        text        NOT NULL,
    amount          numeric     NOT NULL CHECK (amount > 0),
    lines           jsonb       NOT NULL,
    parts           jsonb       NOT NULL,
    reason          text,
    released_at     timestamptz NOT NULL,
    CONSTRAINT release_once_per_cancellation UNIQUE (cancellation_id)
);
CREATE INDEX release_by_order ON authorization_release (order_id);
