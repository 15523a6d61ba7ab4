-- What is about to happen at the PSP, recorded BEFORE the call, in the transaction that books it here and with the
-- inbox row of the triggering event. The call itself runs outside any transaction; a second transaction records its
-- outcome (capture / release / refund row, events) and marks the intent DONE, or FAILED when the PSP refused.
-- An intent left PENDING (crash, timeout, lost answer, PSP down) is finished by the recovery job with the same key.
CREATE TABLE psp_intent (
    intent_id       uuid PRIMARY KEY,
    order_id        uuid        NOT NULL REFERENCES payment (order_id),
    kind            text        NOT NULL CHECK (kind IN ('CAPTURE', 'RELEASE', 'REFUND')),
    -- the fulfilment, cancellation (OrderCancelled event id) or return it is for
    subject_id      uuid        NOT NULL,
    currency        text        NOT NULL,
    amount          numeric     NOT NULL CHECK (amount > 0),
    -- the units captured / cancelled / returned, booked on the payment with the intent
    items           jsonb       NOT NULL,
    -- per tender: type, amount, authorisation and the Idempotency-Key every call for it sends
    parts           jsonb       NOT NULL,
    -- captures: the invoice's lines; releases: the cancellation's reason
    invoice_lines   jsonb,
    reason          text,
    state           text        NOT NULL CHECK (state IN ('PENDING', 'DONE', 'FAILED')),
    attempts        int         NOT NULL DEFAULT 0,
    last_error      text,
    created_at      timestamptz NOT NULL,
    -- the recovery job takes a PENDING intent from then on (grace period, then back-off)
    next_attempt_at timestamptz NOT NULL,
    finished_at     timestamptz,
    -- never two intents (so never two PSP keys) for one shipment, cancellation or return
    CONSTRAINT psp_intent_once_per_subject UNIQUE (kind, subject_id)
);
CREATE INDEX psp_intent_pending ON psp_intent (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX psp_intent_by_order ON psp_intent (order_id);
