package com.omnidom.payment.payments.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CreditingTest {

    private static final OrderId ORDER = new OrderId(UUID.randomUUID());

    private static Invoice invoice(String number, String rate, int quantity) {
        return Invoice.issue(number, "omnidom", "DE", LocalDate.parse("2020-07-15"), ORDER, UUID.randomUUID(), "EUR",
                List.of(Invoicing.line("1", "SHIRT", quantity, new BigDecimal("119.00"), new BigDecimal(rate), "EUR")),
                Instant.now());
    }

    @Test
    void theGerman2020CaseInvoicesAt16PercentAndRoundsHalfUpOnce() {
        Invoicing.Totals totals = Invoicing.totals(List.of(
                Invoicing.line("1", "SHIRT", 1, new BigDecimal("119.00"), new BigDecimal("0.16"), "EUR")), "EUR");

        // 119.00 / 1.16 = 102.586... → 102.59; tax = 119.00 − 102.59
        assertThat(totals.net()).isEqualTo("102.59");
        assertThat(totals.tax()).isEqualTo("16.41");
        assertThat(totals.gross()).isEqualTo("119.00");
    }

    @Test
    void returnedUnitsAreCreditedAtTheRateOfTheInvoiceThatBilledThemOldestFirst() {
        List<Invoice> invoices = List.of(invoice("INV-DE-2020-000001", "0.16", 2), invoice("INV-DE-2021-000001", "0.19", 1));

        List<Invoicing.InvoiceLine> lines = Crediting.lines(List.of(new LineQuantity("1", 3)), invoices, List.of(), "EUR")
                .orElseThrow();

        assertThat(lines).extracting(l -> l.invoiceNumber() + " " + l.quantity() + " " + l.taxRate() + " " + l.gross())
                .containsExactly("INV-DE-2020-000001 2 0.16 238.00", "INV-DE-2021-000001 1 0.19 119.00");
        Invoicing.Totals totals = Invoicing.totals(lines, "EUR");
        assertThat(totals.taxes()).extracting(t -> t.rate().toPlainString()).containsExactly("0.16", "0.19");
        assertThat(totals.gross()).isEqualTo("357.00");
    }

    @Test
    void unitsCreditedBeforeAreSkippedAndUnitsWithoutInvoiceWait() {
        List<Invoice> invoices = List.of(invoice("INV-DE-2020-000001", "0.16", 2), invoice("INV-DE-2021-000001", "0.19", 1));
        List<Invoicing.InvoiceLine> before = Crediting.lines(List.of(new LineQuantity("1", 1)), invoices, List.of(), "EUR")
                .orElseThrow();

        List<Invoicing.InvoiceLine> next = Crediting.lines(List.of(new LineQuantity("1", 2)), invoices, before, "EUR")
                .orElseThrow();

        assertThat(next).extracting(l -> l.invoiceNumber() + " " + l.quantity())
                .containsExactly("INV-DE-2020-000001 1", "INV-DE-2021-000001 1");
        assertThat(Crediting.lines(List.of(new LineQuantity("1", 4)), invoices, List.of(), "EUR")).isEmpty();
    }
}
