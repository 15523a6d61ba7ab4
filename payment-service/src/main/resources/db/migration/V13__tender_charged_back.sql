-- What accepted or lost chargebacks took back from a card tender: the cardholder has that money, so later returns
-- never refund it again (refunded + charged back never above captured).
ALTER TABLE payment_tender ADD COLUMN charged_back numeric NOT NULL DEFAULT 0;
ALTER TABLE payment_tender ADD CONSTRAINT tender_charged_back_within_captured
    CHECK (charged_back >= 0 AND refunded + charged_back <= captured);
