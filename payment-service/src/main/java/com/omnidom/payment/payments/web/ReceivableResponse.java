package com.omnidom.payment.payments.web;

import com.omnidom.payment.payments.application.AccountsReceivable;
import com.omnidom.payment.payments.domain.BankStatementEntry;
import com.omnidom.payment.payments.domain.Receivable;
import com.omnidom.payment.payments.domain.ReceivedPayment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice paid on account as the REST API shows it: open = amount + fees − paid − credited − written off.
 *
 * @param amount the invoice's part paid on account
 */
public record ReceivableResponse(String invoiceNumber, UUID orderId, String currency, String amount, String fees,
                                 String paid, String credited, String writtenOff, String open, LocalDate dueDate,
                                 LocalDate payBy, int dunningLevel, List<TransferResponse> payments) {

    /** A transfer applied to the invoice; {@code source} REST or BANK_STATEMENT. */
    public record TransferResponse(UUID paymentId, String invoiceNumber, String currency, String amount,
                                  LocalDate valueDate, String source, String reference, Instant receivedAt) {

        static TransferResponse of(ReceivedPayment p) {
            return new TransferResponse(p.paymentId(), p.invoiceNumber(), p.currency(), p.amount().toPlainString(),
                    p.valueDate(), p.source(), p.reference(), p.receivedAt());
        }
    }

    /** A payment entered by finance, with what is still open on its invoice after it. */
    public record ReceivedResponse(TransferResponse payment, String open) {
    }

    /** A credit entry of a bank statement and what the import did with it: MATCHED, UNMATCHED or DUPLICATE. */
    public record StatementEntryResponse(String entryReference, String currency, String amount, LocalDate valueDate,
                                         String remittance, String debtor, String outcome, String invoiceNumber,
                                         UUID paymentId, String problem) {

        static StatementEntryResponse of(AccountsReceivable.ImportedEntry e) {
            var c = e.credit();
            return new StatementEntryResponse(c.reference(), c.currency(), c.amount().toPlainString(), c.valueDate(),
                    c.remittance(), c.debtor(), e.outcome().name(), e.invoiceNumber(), e.paymentId(), e.problem());
        }
    }

    public record ImportResponse(int matched, int unmatched, int duplicates, List<StatementEntryResponse> entries) {

        static ImportResponse of(List<AccountsReceivable.ImportedEntry> entries) {
            return new ImportResponse(count(entries, AccountsReceivable.Outcome.MATCHED),
                    count(entries, AccountsReceivable.Outcome.UNMATCHED), count(entries, AccountsReceivable.Outcome.DUPLICATE),
                    entries.stream().map(StatementEntryResponse::of).toList());
        }

        private static int count(List<AccountsReceivable.ImportedEntry> entries, AccountsReceivable.Outcome outcome) {
            return (int) entries.stream().filter(e -> e.outcome() == outcome).count();
        }
    }

    /** A credit entry no invoice could take, kept for finance: why in {@code problem}. */
    public record UnmatchedResponse(String entryReference, String statementId, String currency, String amount,
                                    LocalDate bookingDate, LocalDate valueDate, String remittance, String debtor,
                                    String invoiceNumber, String problem, Instant importedAt) {

        static UnmatchedResponse of(BankStatementEntry e) {
            return new UnmatchedResponse(e.entryReference(), e.statementId(), e.currency(), e.amount().toPlainString(),
                    e.bookingDate(), e.valueDate(), e.remittance(), e.debtor(), e.invoiceNumber(), e.problem(), e.importedAt());
        }
    }

    static ReceivableResponse of(Receivable r, List<ReceivedPayment> payments) {
        return new ReceivableResponse(r.invoiceNumber(), r.orderId().value(), r.currency(), r.amount().toPlainString(),
                r.fees().toPlainString(), r.paid().toPlainString(), r.credited().toPlainString(),
                r.writtenOff().toPlainString(), r.openAmount().amount().toPlainString(), r.dueDate(), r.payBy(),
                r.dunningLevel(), payments.stream().map(TransferResponse::of).toList());
    }
}
