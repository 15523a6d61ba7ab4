-- Tax rules per country (ISO 3166-1 alpha-2) and tax category, valid for [valid_from, valid_until) (null = open end).
-- A change writes the country's next version whole; the highest version is in force. The primary key refuses a second
-- writer of the same version (the REST change names the version it was based on, 409 otherwise).
CREATE TABLE tax_rule_version (
    country    text        NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    version    int         NOT NULL CHECK (version > 0),
    changed_by text        NOT NULL,
    reason     text        NOT NULL,
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (country, version)
);

CREATE TABLE tax_rule (
    country     text    NOT NULL,
    version     int     NOT NULL,
    position    int     NOT NULL,
    category    text    NOT NULL CHECK (category IN ('STANDARD', 'REDUCED', 'SUPER_REDUCED', 'ZERO', 'EXEMPT')),
    rate        numeric NOT NULL CHECK (rate >= 0 AND rate <= 1),
    valid_from  date    NOT NULL,
    valid_until date,
    PRIMARY KEY (country, version, position),
    FOREIGN KEY (country, version) REFERENCES tax_rule_version (country, version),
    CHECK (valid_until IS NULL OR valid_until > valid_from)
);

-- Seed: the VAT rates of the countries the demo sells to, from 2019 (no order of this service is older). Standard and
-- the main reduced rate; SUPER_REDUCED where the country has a rate below 5 % (FR 2.1 %, IT 4 %, ES 4 %) or, for CZ,
-- its second reduced rate until the 2024 reform. Second reduced rates of other countries (AT 13 %, FR 10 %, PL 5 %,
-- SE 6 % ...) are not seeded: a category the country has no rule for cannot be invoiced (see README).
-- ZERO and EXEMPT are 0 everywhere.
INSERT INTO tax_rule_version (country, version, changed_by, reason, changed_at)
SELECT c, 1, 'migration', 'seed: rates in force since 2019', now()
FROM unnest(ARRAY['DE', 'AT', 'FR', 'NL', 'BE', 'IT', 'ES', 'PL', 'CH', 'CZ', 'DK', 'SE', 'LU']) AS c;

INSERT INTO tax_rule (country, version, position, category, rate, valid_from, valid_until) VALUES
    -- Germany: the COVID cut of the second half of 2020 (16 % / 5 %)
    ('DE', 1, 0, 'STANDARD', 0.19, '2019-01-01', '2020-07-01'),
    ('DE', 1, 1, 'STANDARD', 0.16, '2020-07-01', '2021-01-01'),
    ('DE', 1, 2, 'STANDARD', 0.19, '2021-01-01', NULL),
    ('DE', 1, 3, 'REDUCED', 0.07, '2019-01-01', '2020-07-01'),
    ('DE', 1, 4, 'REDUCED', 0.05, '2020-07-01', '2021-01-01'),
    ('DE', 1, 5, 'REDUCED', 0.07, '2021-01-01', NULL),
    ('AT', 1, 0, 'STANDARD', 0.20, '2019-01-01', NULL),
    ('AT', 1, 1, 'REDUCED', 0.10, '2019-01-01', NULL),
    ('FR', 1, 0, 'STANDARD', 0.20, '2019-01-01', NULL),
    ('FR', 1, 1, 'REDUCED', 0.055, '2019-01-01', NULL),
    ('FR', 1, 2, 'SUPER_REDUCED', 0.021, '2019-01-01', NULL),
    -- Netherlands: the reduced rate went from 6 % to 9 % on 2019-01-01
    ('NL', 1, 0, 'STANDARD', 0.21, '2019-01-01', NULL),
    ('NL', 1, 1, 'REDUCED', 0.09, '2019-01-01', NULL),
    ('BE', 1, 0, 'STANDARD', 0.21, '2019-01-01', NULL),
    ('BE', 1, 1, 'REDUCED', 0.06, '2019-01-01', NULL),
    ('IT', 1, 0, 'STANDARD', 0.22, '2019-01-01', NULL),
    ('IT', 1, 1, 'REDUCED', 0.10, '2019-01-01', NULL),
    ('IT', 1, 2, 'SUPER_REDUCED', 0.04, '2019-01-01', NULL),
    ('ES', 1, 0, 'STANDARD', 0.21, '2019-01-01', NULL),
    ('ES', 1, 1, 'REDUCED', 0.10, '2019-01-01', NULL),
    ('ES', 1, 2, 'SUPER_REDUCED', 0.04, '2019-01-01', NULL),
    ('PL', 1, 0, 'STANDARD', 0.23, '2019-01-01', NULL),
    ('PL', 1, 1, 'REDUCED', 0.08, '2019-01-01', NULL),
    -- Switzerland (not EU VAT): 7.7 % / 2.5 % until 2023, 8.1 % / 2.6 % from 2024
    ('CH', 1, 0, 'STANDARD', 0.077, '2019-01-01', '2024-01-01'),
    ('CH', 1, 1, 'STANDARD', 0.081, '2024-01-01', NULL),
    ('CH', 1, 2, 'REDUCED', 0.025, '2019-01-01', '2024-01-01'),
    ('CH', 1, 3, 'REDUCED', 0.026, '2024-01-01', NULL),
    -- Czechia: 15 % and 10 % merged into one reduced rate of 12 % on 2024-01-01
    ('CZ', 1, 0, 'STANDARD', 0.21, '2019-01-01', NULL),
    ('CZ', 1, 1, 'REDUCED', 0.15, '2019-01-01', '2024-01-01'),
    ('CZ', 1, 2, 'REDUCED', 0.12, '2024-01-01', NULL),
    ('CZ', 1, 3, 'SUPER_REDUCED', 0.10, '2019-01-01', '2024-01-01'),
    -- Denmark has no reduced rate
    ('DK', 1, 0, 'STANDARD', 0.25, '2019-01-01', NULL),
    ('SE', 1, 0, 'STANDARD', 0.25, '2019-01-01', NULL),
    ('SE', 1, 1, 'REDUCED', 0.12, '2019-01-01', NULL),
    -- Luxembourg: every rate one point lower in 2023 (17 % -> 16 %, 8 % -> 7 %); its 14 % rate is not seeded
    ('LU', 1, 0, 'STANDARD', 0.17, '2019-01-01', '2023-01-01'),
    ('LU', 1, 1, 'STANDARD', 0.16, '2023-01-01', '2024-01-01'),
    ('LU', 1, 2, 'STANDARD', 0.17, '2024-01-01', NULL),
    ('LU', 1, 3, 'REDUCED', 0.08, '2019-01-01', '2023-01-01'),
    ('LU', 1, 4, 'REDUCED', 0.07, '2023-01-01', '2024-01-01'),
    ('LU', 1, 5, 'REDUCED', 0.08, '2024-01-01', NULL),
    ('LU', 1, 6, 'SUPER_REDUCED', 0.03, '2019-01-01', NULL);

INSERT INTO tax_rule (country, version, position, category, rate, valid_from, valid_until)
SELECT country, 1, 100 + z.n, z.category, 0, '2019-01-01', NULL
FROM tax_rule_version, (VALUES (0, 'ZERO'), (1, 'EXEMPT')) AS z (n, category);

-- What the tax of an order's lines depends on: the country of supply (tax_country), the order's acceptance (tax
-- point ORDER), the line's tax category (null from older producers); for the documents the customer's language and
-- the recipient (the customer's name and the delivery address, lines joined by newlines; the contract has no
-- billing address)
ALTER TABLE payment
    ADD COLUMN tax_country text CHECK (tax_country ~ '^[A-Z]{2}$'),
    ADD COLUMN language    text,
    ADD COLUMN accepted_at timestamptz,
    ADD COLUMN recipient   text;
ALTER TABLE payment_line ADD COLUMN tax_category text;

-- The tax point (day of supply or acceptance) of a capture waiting for the PSP: its invoice is recorded afterwards
ALTER TABLE psp_intent ADD COLUMN tax_point date;

-- Gap-free number ranges per issuing company, country, kind (INV, CN) and year: the row is updated in the document's
-- transaction, so its lock keeps numbers in commit order and a rollback gives its number back. A sequence cannot:
-- nextval is never rolled back, so a failed transaction would leave a gap.
CREATE TABLE document_number_range (
    company     text   NOT NULL,
    country     text   NOT NULL,
    kind        text   NOT NULL,
    year        int    NOT NULL,
    last_number bigint NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (company, country, kind, year)
);
DROP SEQUENCE invoice_number_seq;

-- Invoices issued before this version have no company, country or tax point (null)
ALTER TABLE invoice
    ADD COLUMN company   text,
    ADD COLUMN country   text,
    ADD COLUMN tax_point date;

-- One credit note per refunded return: the returned units at the rates of the invoices that billed them
CREATE TABLE credit_note (
    credit_note_id     uuid PRIMARY KEY,
    credit_note_number text        NOT NULL UNIQUE,
    order_id           uuid        NOT NULL REFERENCES payment (order_id),
    return_id          uuid        NOT NULL UNIQUE,
    company            text        NOT NULL,
    country            text        NOT NULL,
    currency           text        NOT NULL,
    net                numeric     NOT NULL,
    tax                numeric     NOT NULL,
    gross              numeric     NOT NULL,
    invoice_numbers    jsonb       NOT NULL,
    lines              jsonb       NOT NULL,
    taxes              jsonb       NOT NULL,
    issued_at          timestamptz NOT NULL,
    CONSTRAINT credit_note_net_plus_tax_is_gross CHECK (net + tax = gross)
);
CREATE INDEX credit_note_by_order ON credit_note (order_id);
