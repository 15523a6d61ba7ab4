package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A credit entry of an imported bank statement, kept once per the bank's entry reference whether it matched an invoice
 * (then the payment it became) or not (then it waits in the unmatched list for finance): never lost, never applied twice.
 */
@Entity
@Table(name = "bank_statement_entry")
public class BankStatementEntry {

    public enum State { MATCHED, UNMATCHED }

    @Id
    private String entryReference;

    private String statementId;

    private String currency;

    private BigDecimal amount;

    private LocalDate bookingDate;

    private LocalDate valueDate;

    private String remittance;

    private String debtor;

    private String state;

    private String invoiceNumber;

    private UUID paymentId;

    private String problem;

    private String importedBy;

    private Instant importedAt;

    protected BankStatementEntry() {
        // for JPA
    }

    public static BankStatementEntry matched(String statementId, StatementCredit credit, ReceivedPayment payment,
                                             String importedBy, Instant now) {
        BankStatementEntry entry = of(statementId, credit, State.MATCHED, importedBy, now);
        entry.invoiceNumber = payment.invoiceNumber();
        entry.paymentId = payment.paymentId();
        return entry;
    }

    /** @param problem why it was not applied (no invoice number in the text, another currency, more than open, ...) */
    public static BankStatementEntry unmatched(String statementId, StatementCredit credit, String invoiceNumber,
                                               String problem, String importedBy, Instant now) {
        BankStatementEntry entry = of(statementId, credit, State.UNMATCHED, importedBy, now);
        entry.invoiceNumber = invoiceNumber;
        entry.problem = problem;
        return entry;
    }

    private static BankStatementEntry of(String statementId, StatementCredit credit, State state, String importedBy,
                                         Instant now) {
        BankStatementEntry entry = new BankStatementEntry();
        entry.entryReference = credit.reference();
        entry.statementId = statementId;
        entry.currency = credit.currency();
        entry.amount = credit.amount();
        entry.bookingDate = credit.bookingDate();
        entry.valueDate = credit.valueDate();
        entry.remittance = credit.remittance();
        entry.debtor = credit.debtor();
        entry.state = state.name();
        entry.importedBy = importedBy;
        entry.importedAt = now;
        return entry;
    }

    /** A credit entry as the statement brings it. */
    public record StatementCredit(String reference, String currency, BigDecimal amount, LocalDate bookingDate,
                                  LocalDate valueDate, String remittance, String debtor) {
    }

    public String entryReference() {
        return entryReference;
    }

    public String statementId() {
        return statementId;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate bookingDate() {
        return bookingDate;
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public String remittance() {
        return remittance;
    }

    public String debtor() {
        return debtor;
    }

    public State state() {
        return State.valueOf(state);
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public String problem() {
        return problem;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
