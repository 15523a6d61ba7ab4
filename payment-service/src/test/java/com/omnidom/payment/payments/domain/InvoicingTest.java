package com.omnidom.payment.payments.domain;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class InvoicingTest {

    @Test
    void worksOutNetAndTaxFromGrossPricesPerRate() {
        var lines = List.of(
                Invoicing.line("1", "SHIRT", 2, new BigDecimal("14.99"), new BigDecimal("0.19"), "EUR"),
                Invoicing.line("2", "BOOK", 1, new BigDecimal("10.70"), new BigDecimal("0.07"), "EUR"));

        Invoicing.Totals totals = Invoicing.totals(lines, "EUR");

        assertThat(lines.getFirst().gross()).isEqualByComparingTo("29.98");
        assertThat(totals.taxes()).extracting(t -> t.rate().toPlainString(), t -> t.net().toPlainString(),
                        t -> t.tax().toPlainString(), t -> t.gross().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("0.07", "10.00", "0.70", "10.70"),
                        org.assertj.core.groups.Tuple.tuple("0.19", "25.19", "4.79", "29.98"));
        assertThat(totals.net()).isEqualTo("35.19");
        assertThat(totals.tax()).isEqualTo("5.49");
        assertThat(totals.gross()).isEqualTo("40.68");
    }

    @Test
    void taxesOneRateOnceOverItsLinesSoCentsDoNotDriftWithTheNumberOfLines() {
        // per line 0.99 → net 0.83, tax 0.16; three lines per line would be 0.48 tax, on the sum 2.97 → 2.50 + 0.47
        var lines = List.of(
                Invoicing.line("1", "A", 1, new BigDecimal("0.99"), new BigDecimal("0.19"), "EUR"),
                Invoicing.line("2", "B", 1, new BigDecimal("0.99"), new BigDecimal("0.19"), "EUR"),
                Invoicing.line("3", "C", 1, new BigDecimal("0.99"), new BigDecimal("0.19"), "EUR"));

        Invoicing.Totals totals = Invoicing.totals(lines, "EUR");

        assertThat(totals.net()).isEqualTo("2.50");
        assertThat(totals.tax()).isEqualTo("0.47");
    }

    @Test
    void roundsToTheCurrencysMinorUnit() {
        Invoicing.Totals yen = Invoicing.totals(List.of(Invoicing.line("1", "A", 3, new BigDecimal("1100"),
                new BigDecimal("0.10"), "JPY")), "JPY");

        assertThat(yen.gross()).isEqualTo("3300");
        assertThat(yen.net()).isEqualTo("3000");
        assertThat(yen.tax()).isEqualTo("300");
    }

    @Test
    void taxFreeLinesHaveNoTax() {
        Invoicing.Totals totals = Invoicing.totals(List.of(Invoicing.line("1", "GIFTCARD", 1, new BigDecimal("25.00"),
                BigDecimal.ZERO, "EUR")), "EUR");

        assertThat(totals.net()).isEqualTo("25.00");
        assertThat(totals.tax()).isEqualTo("0.00");
    }

    @RepeatedTest(20)
    void netPlusTaxIsAlwaysGross(org.junit.jupiter.api.RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<BigDecimal> rates = List.of(new BigDecimal("0.19"), new BigDecimal("0.07"), new BigDecimal("0.20"), BigDecimal.ZERO);
        List<Invoicing.InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            lines.add(Invoicing.line("l" + i, "S" + i, 1 + random.nextInt(5),
                    BigDecimal.valueOf(random.nextInt(100_000), 2), rates.get(random.nextInt(rates.size())), "EUR"));
        }

        Invoicing.Totals totals = Invoicing.totals(lines, "EUR");

        assertThat(totals.net().add(totals.tax())).isEqualTo(totals.gross());
        assertThat(totals.gross()).isEqualTo(lines.stream().map(Invoicing.InvoiceLine::gross).reduce(new BigDecimal("0.00"), BigDecimal::add));
        totals.taxes().forEach(t -> assertThat(t.net().add(t.tax())).isEqualTo(t.gross()));
    }
}
