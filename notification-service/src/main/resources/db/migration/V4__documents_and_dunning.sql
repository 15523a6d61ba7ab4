-- Invoice and credit note PDFs from payment.documents.v1, attached to the shipment's and the refund's e-mail.
-- One row per document (its number is unique per kind), whatever event ids it arrived with.
CREATE TABLE document (
    id              UUID          PRIMARY KEY,
    order_id        UUID          NOT NULL,
    kind            VARCHAR(20)   NOT NULL CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    document_number VARCHAR(100)  NOT NULL,
    fulfillment_id  UUID,
    return_id       UUID,
    language        VARCHAR(35),
    file_name       VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    content         BYTEA         NOT NULL,
    received_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT document_natural_key UNIQUE (kind, document_number)
);

-- a message finds its document by the shipment (invoice) or the return (credit note) of its order
CREATE INDEX document_by_order ON document (order_id, kind);
CREATE INDEX document_received ON document (received_at);

-- The document a message goes out with (null: none, or none arrived within the wait). A PENDING message that waits
-- for one has its next_attempt_at at the end of the wait; the document's arrival attaches it and makes it due now.
-- The retention job removes old documents; the message keeps what was sent (its row says no more than "had one").
ALTER TABLE message ADD COLUMN document_id UUID REFERENCES document (id) ON DELETE SET NULL;
CREATE INDEX message_document ON message (document_id) WHERE document_id IS NOT NULL;

-- Reminders of overdue invoices paid on account (DunningNoticeIssued), once per invoice and level.
ALTER TABLE message DROP CONSTRAINT message_kind_check;
ALTER TABLE message ADD CONSTRAINT message_kind_check CHECK (kind IN ('ORDER_CONFIRMED', 'SHIPPED', 'READY_FOR_PICKUP',
    'REFUNDED', 'ORDER_CANCELLED', 'DELAYED', 'AUTHORIZATION_RELEASED', 'DUNNING_REMINDER'));
