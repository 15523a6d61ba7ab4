-- A card authorisation that expired at the PSP before a capture is re-authorised for the capture's amount: the tender
-- then captures (and refunds) from the new authorisation; the one it replaced and when are kept for customer service.
ALTER TABLE payment_tender
    ADD COLUMN previous_reference text,
    ADD COLUMN reauthorized_at    timestamptz,
    ADD CONSTRAINT payment_tender_reauthorized CHECK ((previous_reference IS NULL) = (reauthorized_at IS NULL));
