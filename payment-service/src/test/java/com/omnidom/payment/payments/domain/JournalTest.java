package com.omnidom.payment.payments.domain;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static com.omnidom.payment.payments.domain.Journal.Side.CREDIT;
import static com.omnidom.payment.payments.domain.Journal.Side.DEBIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalTest {

    /** A chart like the configured one: revenue and VAT per rate, each tender its own account. */
    static final Journal.Accounts ACCOUNTS = new Journal.Accounts() {
        @Override
        public String receivable() {
            return "1400";
        }

        @Override
        public String revenue(BigDecimal rate) {
            return rate.compareTo(new BigDecimal("0.07")) == 0 ? "8300" : "8400";
        }

        @Override
        public String outputVat(BigDecimal rate) {
            return rate.compareTo(new BigDecimal("0.07")) == 0 ? "1771" : "1776";
        }

        @Override
        public String tender(TenderType type) {
            return switch (type) {
                case CARD -> "1360";
                case GIFT_CARD -> "1720";
                case BONUS_POINTS -> "1721";
                case CASH -> "1000";
                case ON_ACCOUNT -> "1400";
            };
        }

        @Override
        public String chargebackLoss() {
            return "2400";
        }

        @Override
        public String bank() {
            return "1200";
        }

        @Override
        public String dunningFees() {
            return "2700";
        }

        @Override
        public String badDebt() {
            return "2400";
        }
    };

    @Test
    void anInvoiceMakesTheDebtorOweTheGrossAgainstRevenueAndVatPerRate() {
        Invoicing.Totals totals = Invoicing.totals(List.of(
                Invoicing.line("1", "A", 1, new BigDecimal("119.00"), new BigDecimal("0.19"), "EUR"),
                Invoicing.line("2", "B", 2, new BigDecimal("10.70"), new BigDecimal("0.07"), "EUR")), "EUR");

        List<Journal.Line> lines = Journal.invoice(ACCOUNTS, totals.gross(), totals.taxes());

        assertThat(lines).containsExactlyInAnyOrder(
                new Journal.Line("1400", DEBIT, new BigDecimal("140.40"), null, null),
                new Journal.Line("8400", CREDIT, new BigDecimal("100.00"), new BigDecimal("0.19"), null),
                new Journal.Line("1776", CREDIT, new BigDecimal("19.00"), new BigDecimal("0.19"), null),
                new Journal.Line("8300", CREDIT, new BigDecimal("20.00"), new BigDecimal("0.07"), null),
                new Journal.Line("1771", CREDIT, new BigDecimal("1.40"), new BigDecimal("0.07"), null));
        assertThat(Journal.requireBalanced(lines)).isEqualTo("140.40");
    }

    @Test
    void aCaptureSettlesTheDebtorFromEachTendersAccount() {
        List<Journal.Line> lines = Journal.capture(ACCOUNTS, List.of(
                new TenderPayment("T1", TenderType.GIFT_CARD, new BigDecimal("50.00"), null),
                new TenderPayment("T2", TenderType.CARD, new BigDecimal("69.00"), "PSP-1")));

        assertThat(lines).containsExactly(
                new Journal.Line("1720", DEBIT, new BigDecimal("50.00"), null, TenderType.GIFT_CARD),
                new Journal.Line("1360", DEBIT, new BigDecimal("69.00"), null, TenderType.CARD),
                new Journal.Line("1400", CREDIT, new BigDecimal("119.00"), null, null));
    }

    @Test
    void aRefundAndACreditNoteMirrorTheCaptureAndTheInvoice() {
        List<TenderPayment> parts = List.of(new TenderPayment("T2", TenderType.CARD, new BigDecimal("69.00"), "PSP-R"),
                new TenderPayment("T1", TenderType.GIFT_CARD, new BigDecimal("50.00"), null));
        Invoicing.Totals totals = Invoicing.totals(List.of(
                Invoicing.line("1", "A", 1, new BigDecimal("119.00"), new BigDecimal("0.19"), "EUR")), "EUR");

        assertThat(Journal.refund(ACCOUNTS, parts)).containsExactly(
                new Journal.Line("1400", DEBIT, new BigDecimal("119.00"), null, null),
                new Journal.Line("1360", CREDIT, new BigDecimal("69.00"), null, TenderType.CARD),
                new Journal.Line("1720", CREDIT, new BigDecimal("50.00"), null, TenderType.GIFT_CARD));
        assertThat(Journal.creditNote(ACCOUNTS, totals.gross(), totals.taxes())).containsExactlyInAnyOrder(
                new Journal.Line("1400", CREDIT, new BigDecimal("119.00"), null, null),
                new Journal.Line("8400", DEBIT, new BigDecimal("100.00"), new BigDecimal("0.19"), null),
                new Journal.Line("1776", DEBIT, new BigDecimal("19.00"), new BigDecimal("0.19"), null));
    }

    @Test
    void aChargebackReopensTheDebtorAndWriteOffOrWinningCloseItAgain() {
        BigDecimal amount = new BigDecimal("19.98");

        assertThat(Journal.chargebackOpened(ACCOUNTS, amount)).containsExactly(
                new Journal.Line("1400", DEBIT, amount, null, null),
                new Journal.Line("1360", CREDIT, amount, null, TenderType.CARD));
        assertThat(Journal.chargebackLost(ACCOUNTS, amount)).containsExactly(
                new Journal.Line("2400", DEBIT, amount, null, null),
                new Journal.Line("1400", CREDIT, amount, null, null));
        assertThat(Journal.chargebackWon(ACCOUNTS, amount)).containsExactly(
                new Journal.Line("1360", DEBIT, amount, null, TenderType.CARD),
                new Journal.Line("1400", CREDIT, amount, null, null));
    }

    @Test
    void zeroAmountsGiveNoLineAndNothingMovedGivesNoEntry() {
        Invoicing.Totals taxFree = Invoicing.totals(List.of(
                Invoicing.line("1", "GIFTCARD", 1, new BigDecimal("25.00"), BigDecimal.ZERO, "EUR")), "EUR");

        assertThat(Journal.invoice(ACCOUNTS, taxFree.gross(), taxFree.taxes())).extracting(Journal.Line::account)
                .containsExactly("1400", "8400");
        assertThat(Journal.refund(ACCOUNTS, List.of())).isEmpty();
    }

    @Test
    void anUnbalancedEntryIsRefused() {
        assertThatThrownBy(() -> Journal.requireBalanced(List.of(
                new Journal.Line("1400", DEBIT, new BigDecimal("10.00"), null, null),
                new Journal.Line("8400", CREDIT, new BigDecimal("9.99"), null, null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unbalanced");
    }

    /**
     * Property: for random orders (lines at mixed rates, split over gift card, points, cash and card), shipped in
     * several parts and partly returned, every entry balances, and once every shipment is invoiced and captured and
     * every return credited and refunded, the debtor's balance is zero.
     */
    @RepeatedTest(200)
    void everyEntryBalancesAndASettledOrderLeavesTheDebtorAtZero(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<BigDecimal> rates = List.of(new BigDecimal("0.19"), new BigDecimal("0.07"), new BigDecimal("0.16"),
                new BigDecimal("0.055"), BigDecimal.ZERO);
        List<List<Journal.Line>> entries = new ArrayList<>();
        for (int shipment = 0; shipment < 1 + random.nextInt(3); shipment++) {
            List<Invoicing.InvoiceLine> lines = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                lines.add(Invoicing.line("l" + i, "S" + i, 1 + random.nextInt(4),
                        BigDecimal.valueOf(1 + random.nextInt(50_000), 2), rates.get(random.nextInt(rates.size())), "EUR"));
            }
            Invoicing.Totals invoiced = Invoicing.totals(lines, "EUR");
            entries.add(Journal.invoice(ACCOUNTS, invoiced.gross(), invoiced.taxes()));
            entries.add(Journal.capture(ACCOUNTS, split(invoiced.gross(), random)));
            if (random.nextBoolean()) {
                // a return of some of the shipment's lines: credited at their invoice's rates, refunded their gross
                List<Invoicing.InvoiceLine> returned = lines.stream().filter(line -> random.nextBoolean()).toList();
                if (!returned.isEmpty()) {
                    Invoicing.Totals credited = Invoicing.totals(returned, "EUR");
                    entries.add(Journal.creditNote(ACCOUNTS, credited.gross(), credited.taxes()));
                    entries.add(Journal.refund(ACCOUNTS, split(credited.gross(), random)));
                }
            }
        }

        entries.forEach(entry -> {
            assertThat(Journal.sum(entry, DEBIT)).isEqualByComparingTo(Journal.sum(entry, CREDIT));
            assertThat(entry).allSatisfy(line -> assertThat(line.amount()).isPositive());
        });
        List<Journal.Line> receivable = entries.stream().flatMap(List::stream)
                .filter(line -> line.account().equals("1400")).toList();
        assertThat(Journal.sum(receivable, DEBIT)).isEqualByComparingTo(Journal.sum(receivable, CREDIT));
    }

    /** The amount over random tenders, each a random share, the card taking the rest. */
    private static List<TenderPayment> split(BigDecimal amount, Random random) {
        List<TenderPayment> parts = new ArrayList<>();
        BigDecimal rest = amount;
        for (TenderType type : Stream.of(TenderType.GIFT_CARD, TenderType.BONUS_POINTS, TenderType.CASH).toList()) {
            if (random.nextBoolean() || rest.signum() == 0) continue;
            BigDecimal part = BigDecimal.valueOf(random.nextLong(rest.movePointRight(2).longValueExact() + 1), 2);
            parts.add(new TenderPayment(type.name(), type, part, null));
            rest = rest.subtract(part);
        }
        parts.add(new TenderPayment("card", TenderType.CARD, rest, "PSP"));
        return parts;
    }
}
