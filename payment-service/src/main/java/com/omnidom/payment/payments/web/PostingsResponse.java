package com.omnidom.payment.payments.web;

import com.omnidom.payment.payments.application.PostingQueries;
import com.omnidom.payment.payments.domain.JournalEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order's journal entries and its debtor balance as the REST API shows them; amounts are decimal strings.
 *
 * @param balance the receivable still open: Σ debits − Σ credits on {@code receivableAccount}; 0 once settled
 */
public record PostingsResponse(UUID orderId, String currency, String receivableAccount, String balance,
                               List<EntryResponse> entries) {

    /** @param document the invoice or credit note number, null for captures and refunds */
    public record EntryResponse(UUID entryId, long entryNumber, String kind, UUID sourceId, String document,
                                String company, LocalDate businessDay, Instant postedAt, String amount,
                                List<LineResponse> lines) {
    }

    /** @param side DEBIT or CREDIT; @param taxRate on revenue and VAT lines; @param tenderType on a tender's money line */
    public record LineResponse(String account, String side, String amount, String taxRate, String tenderType) {
    }

    static PostingsResponse of(PostingQueries.OrderPostings postings) {
        return new PostingsResponse(postings.orderId().value(), postings.currency(), postings.receivableAccount(),
                postings.balance().toPlainString(), postings.entries().stream().map(PostingsResponse::entry).toList());
    }

    private static EntryResponse entry(JournalEntry entry) {
        return new EntryResponse(entry.entryId(), entry.entryNumber(), entry.kind().name(), entry.sourceId(),
                entry.document(), entry.company(), entry.businessDay(), entry.postedAt(), entry.amount().toPlainString(),
                entry.lines().stream().map(line -> new LineResponse(line.account(), line.side().name(),
                        line.amount().toPlainString(), line.taxRate() == null ? null : line.taxRate().toPlainString(),
                        line.tenderType() == null ? null : line.tenderType().name())).toList());
    }
}
