package com.omnidom.events.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A double-entry journal entry for the debtor (finance) system: one per financial fact of an order (invoice, capture,
 * refund, credit note). Its debits equal its credits.
 *
 * @param entryNumber increasing per issuer, unique; the finance system imports in this order
 * @param kind        what it posts: INVOICE, CAPTURE, REFUND, CREDIT_NOTE (more may be added)
 * @param sourceId    the posted fact's id (invoice, capture, refund or credit note id)
 * @param document    the invoice or credit note number; null for captures and refunds
 * @param businessDay the posting day in the issuing company's country
 */
public record JournalEntryPosted(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID entryId,
        long entryNumber,
        String kind,
        UUID sourceId,
        String document,
        String company,
        LocalDate businessDay,
        String currency,
        List<Line> lines) implements ContractEvent {

    public JournalEntryPosted {
        lines = ContractLists.of(lines);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }

    /**
     * One line: an account debited or credited.
     *
     * @param side       DEBIT or CREDIT
     * @param taxRate    the VAT rate of a revenue or output VAT line, else null
     * @param tenderType the tender of a capture's or refund's money line (CARD, GIFT_CARD ...), else null
     */
    public record Line(String account, String side, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate, String tenderType) {
    }
}
