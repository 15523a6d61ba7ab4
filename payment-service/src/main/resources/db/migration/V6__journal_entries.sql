-- Journal entries for the debtor (finance) system: one balanced double-entry entry per invoice, capture, refund and
-- credit note, written in the transaction of the fact. Immutable: a correction is a new entry (a credit note, a
-- refund), never an edit, so the trigger refuses UPDATE and DELETE.
CREATE SEQUENCE journal_entry_number;

CREATE TABLE journal_entry (
    entry_id     uuid          PRIMARY KEY,
    -- from journal_entry_number: unique and increasing in posting order; a rolled-back transaction skips a number
    entry_number bigint        NOT NULL UNIQUE,
    order_id     uuid          NOT NULL,
    company      text          NOT NULL,
    kind         text          NOT NULL CHECK (kind IN ('INVOICE', 'CAPTURE', 'REFUND', 'CREDIT_NOTE')),
    source_id    uuid          NOT NULL,
    document     text,
    business_day date          NOT NULL,
    currency     text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    -- Σ debits = Σ credits (checked before insert, see Journal): the entry's size
    amount       numeric       NOT NULL CHECK (amount > 0),
    lines        jsonb         NOT NULL,
    posted_at    timestamptz   NOT NULL,
    UNIQUE (kind, source_id)
);

CREATE INDEX journal_entry_order ON journal_entry (order_id, entry_number);
CREATE INDEX journal_entry_day ON journal_entry (business_day, entry_number);

CREATE FUNCTION journal_entry_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'journal entries are immutable: post a correcting entry instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER journal_entry_immutable BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION journal_entry_immutable();
