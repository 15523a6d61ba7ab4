-- Chargebacks: a cardholder disputed a card capture at the PSP, which reported it with a signed notification. One case
-- per dispute (UNIQUE dispute_id: a notification sent again changes nothing). State OPEN → ACCEPTED (finance writes it
-- off) or CONTESTED (evidence) → WON / LOST (the PSP's decision; LOST also straight from OPEN).
CREATE TABLE chargeback (
    chargeback_id uuid        PRIMARY KEY,
    dispute_id    text        NOT NULL UNIQUE,
    order_id      uuid        NOT NULL,
    tender_id     text        NOT NULL,
    psp_reference text        NOT NULL,
    currency      text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    amount        numeric     NOT NULL CHECK (amount > 0),
    reason        text        NOT NULL,
    state         text        NOT NULL CHECK (state IN ('OPEN', 'ACCEPTED', 'CONTESTED', 'WON', 'LOST')),
    evidence      text,
    decided_by    text,
    opened_at     timestamptz NOT NULL,
    decided_at    timestamptz,
    resolved_at   timestamptz,
    version       bigint      NOT NULL DEFAULT 0
);

CREATE INDEX chargeback_order ON chargeback (order_id);

-- the chargeback's postings: opened (PSP clearing back to the receivable), written off (loss), won back (clearing)
ALTER TABLE journal_entry DROP CONSTRAINT journal_entry_kind_check;
ALTER TABLE journal_entry ADD CONSTRAINT journal_entry_kind_check CHECK (kind IN ('INVOICE', 'CAPTURE', 'REFUND',
    'CREDIT_NOTE', 'CHARGEBACK', 'CHARGEBACK_LOSS', 'CHARGEBACK_REVERSAL'));
