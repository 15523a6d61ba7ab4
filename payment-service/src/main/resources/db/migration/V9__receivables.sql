-- Invoices paid on account: the day they are due, what is open of each, the transfers applied to them, the bank
-- statement entries imported (matched or not), dunning levels and write-offs.
ALTER TABLE invoice ADD COLUMN due_date date;

-- One per invoice with an on-account part: open = amount + fees - paid - credited - written_off
CREATE TABLE receivable (
    invoice_number text PRIMARY KEY,
    order_id       uuid        NOT NULL REFERENCES payment (order_id),
    company        text        NOT NULL,
    currency       text        NOT NULL,
    amount         numeric     NOT NULL CHECK (amount > 0),
    fees           numeric     NOT NULL DEFAULT 0 CHECK (fees >= 0),
    paid           numeric     NOT NULL DEFAULT 0 CHECK (paid >= 0),
    credited       numeric     NOT NULL DEFAULT 0 CHECK (credited >= 0),
    written_off    numeric     NOT NULL DEFAULT 0 CHECK (written_off >= 0),
    due_date       date        NOT NULL,
    pay_by         date        NOT NULL,
    dunning_level  int         NOT NULL DEFAULT 0 CHECK (dunning_level >= 0),
    created_at     timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT receivable_never_below_zero CHECK (paid + credited + written_off <= amount + fees)
);
CREATE INDEX receivable_by_order ON receivable (order_id);
CREATE INDEX receivable_open_by_due ON receivable (due_date) WHERE paid + credited + written_off < amount + fees;

-- A transfer applied to an invoice, entered by finance (REST) or from a bank statement entry
CREATE TABLE receivable_payment (
    payment_id     uuid PRIMARY KEY,
    invoice_number text        NOT NULL REFERENCES receivable (invoice_number),
    order_id       uuid        NOT NULL,
    currency       text        NOT NULL,
    amount         numeric     NOT NULL CHECK (amount > 0),
    value_date     date,
    source         text        NOT NULL CHECK (source IN ('REST', 'BANK_STATEMENT')),
    reference      text,
    received_by    text,
    received_at    timestamptz NOT NULL
);
CREATE INDEX receivable_payment_by_invoice ON receivable_payment (invoice_number);

-- Every credit entry of an imported camt.053 statement, once per the bank's entry reference (AcctSvcrRef)
CREATE TABLE bank_statement_entry (
    entry_reference text PRIMARY KEY,
    statement_id    text        NOT NULL,
    currency        text        NOT NULL,
    amount          numeric     NOT NULL CHECK (amount > 0),
    booking_date    date,
    value_date      date,
    remittance      text,
    debtor          text,
    state           text        NOT NULL CHECK (state IN ('MATCHED', 'UNMATCHED')),
    invoice_number  text,
    payment_id      uuid,
    problem         text,
    imported_by     text,
    imported_at     timestamptz NOT NULL
);
CREATE INDEX bank_statement_entry_unmatched ON bank_statement_entry (imported_at) WHERE state = 'UNMATCHED';

-- the new kinds of journal entries
ALTER TABLE journal_entry DROP CONSTRAINT journal_entry_kind_check;
ALTER TABLE journal_entry ADD CONSTRAINT journal_entry_kind_check CHECK (kind IN ('INVOICE', 'CAPTURE', 'REFUND',
    'CREDIT_NOTE', 'CHARGEBACK', 'CHARGEBACK_LOSS', 'CHARGEBACK_REVERSAL', 'PAYMENT_RECEIVED', 'DUNNING_FEE', 'WRITE_OFF'));
