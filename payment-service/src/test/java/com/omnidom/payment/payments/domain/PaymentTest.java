package com.omnidom.payment.payments.domain;

import com.omnidom.kernel.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTest {

    /** 2 × 14.99 + 1 × 10.70 = 40.68, paid with a 15.00 gift card and a card. */
    private static Payment anOrderPaidWithGiftCardAndCard() {
        return Payment.record(new OrderId(UUID.randomUUID()), "WEB-1", "EUR", new BigDecimal("40.68"),
                List.of(new TenderSpec("card", TenderType.CARD, new BigDecimal("25.68"), "psp-auth-1"),
                        new TenderSpec("gift", TenderType.GIFT_CARD, new BigDecimal("15.00"), "GC-1")),
                List.of(new LineSpec("1", "SHIRT", 2, new BigDecimal("14.99"), new BigDecimal("0.19")),
                        new LineSpec("2", "BOOK", 1, new BigDecimal("10.70"), new BigDecimal("0.07"))),
                Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void splitShipmentsCaptureTheOrderTotalGiftCardFirst() {
        Payment payment = anOrderPaidWithGiftCardAndCard();

        CapturePlan first = payment.planCapture(List.of(new LineQuantity("1", 1)));
        payment.noteCaptured(first);
        CapturePlan second = payment.planCapture(List.of(new LineQuantity("1", 1), new LineQuantity("2", 1)));
        payment.noteCaptured(second);

        assertThat(first.amount()).isEqualTo(Money.of("14.99", "EUR"));
        assertThat(first.parts()).extracting(TenderAllocation.Part::tenderId).containsExactly("gift");
        assertThat(second.amount()).isEqualTo(Money.of("25.69", "EUR"));
        assertThat(second.parts()).extracting(p -> p.tenderId() + "=" + p.amount().amount())
                .containsExactly("gift=0.01", "card=25.68");
        assertThat(payment.captured()).isEqualTo(payment.total());
        assertThat(payment.tender("card").captured()).isEqualTo("25.68");
    }

    @Test
    void neverCapturesMoreUnitsThanOrdered() {
        Payment payment = anOrderPaidWithGiftCardAndCard();
        payment.noteCaptured(payment.planCapture(List.of(new LineQuantity("1", 2))));

        assertThatThrownBy(() -> payment.planCapture(List.of(new LineQuantity("1", 1))))
                .isInstanceOf(PaymentRuleViolation.class).hasMessageContaining("only 0 of 2");
        assertThatThrownBy(() -> payment.planCapture(List.of(new LineQuantity("9", 1))))
                .isInstanceOf(PaymentRuleViolation.class).hasMessageContaining("no line 9");
    }

    @Test
    void refundsTheCardFirstAndNeverMoreThanCaptured() {
        Payment payment = anOrderPaidWithGiftCardAndCard();
        payment.noteCaptured(payment.planCapture(List.of(new LineQuantity("1", 2))));
        // captured: gift 15.00, card 14.98

        List<TenderAllocation.Part> refund = payment.planRefund(new BigDecimal("20.00"), List.of(new LineQuantity("1", 1)));
        payment.noteRefunded(List.of(new LineQuantity("1", 1)), refund);

        assertThat(refund).extracting(p -> p.tenderId() + "=" + p.amount().amount()).containsExactly("card=14.98", "gift=5.02");
        assertThat(payment.refunded()).isEqualTo("20.00");
        assertThatThrownBy(() -> payment.planRefund(new BigDecimal("9.99"), List.of()))
                .isInstanceOf(PaymentRuleViolation.class).hasMessageContaining("exceeds");
    }

    @Test
    void aRefusedCaptureReleaseOrRefundIsTakenBackAsIfNeverPlanned() {
        Payment payment = anOrderPaidWithGiftCardAndCard();
        CapturePlan shirts = payment.planCapture(List.of(new LineQuantity("1", 2)));
        payment.noteCaptured(shirts);
        List<TenderAllocation.Part> refund = payment.planRefund(new BigDecimal("20.00"), List.of(new LineQuantity("1", 1)));
        payment.noteRefunded(List.of(new LineQuantity("1", 1)), refund);
        ReleasePlan book = payment.planRelease(List.of(new LineQuantity("2", 1)));
        payment.noteReleased(book);

        payment.revert(PspIntent.Kind.RELEASE, book.items(), book.parts());
        payment.revert(PspIntent.Kind.REFUND, List.of(new LineQuantity("1", 1)), refund);
        payment.revert(PspIntent.Kind.CAPTURE, shirts.items(), shirts.parts());

        assertThat(List.of(payment.captured(), payment.refunded(), payment.released()))
                .allSatisfy(sum -> assertThat(sum).isEqualByComparingTo("0"));
        assertThat(payment.tenders()).allSatisfy(t -> assertThat(List.of(t.captured(), t.refunded(), t.released()))
                .allSatisfy(sum -> assertThat(sum).isEqualByComparingTo("0")));
        assertThat(payment.lines()).allSatisfy(l -> assertThat(List.of(l.capturedQuantity(), l.returnedQuantity(),
                l.cancelledQuantity())).containsOnly(0));
        // and the same plans are possible again
        assertThat(payment.planCapture(List.of(new LineQuantity("1", 2)))).isEqualTo(shirts);
    }

    @Test
    void aReturnOfUnitsNotCapturedYetWaitsForTheirCapture() {
        Payment payment = anOrderPaidWithGiftCardAndCard();

        assertThat(payment.awaitsCaptureOf(List.of(new LineQuantity("2", 1)))).isTrue();
        payment.noteCaptured(payment.planCapture(List.of(new LineQuantity("2", 1))));
        assertThat(payment.awaitsCaptureOf(List.of(new LineQuantity("2", 1)))).isFalse();
        assertThat(payment.awaitsCaptureOf(List.of(new LineQuantity("2", 2)))).isFalse();
    }

    @Test
    void cancellingALineReleasesItsGrossFromTheCardFirstAndTheGiftCardStillPaysTheRest() {
        Payment payment = anOrderPaidWithGiftCardAndCard();

        ReleasePlan plan = payment.planRelease(List.of(new LineQuantity("2", 1)));
        payment.noteReleased(plan);
        CapturePlan shirts = payment.planCapture(List.of(new LineQuantity("1", 2)));
        payment.noteCaptured(shirts);

        assertThat(plan.amount()).isEqualTo(Money.of("10.70", "EUR"));
        assertThat(plan.parts()).extracting(p -> p.tenderId() + "=" + p.amount().amount()).containsExactly("card=10.70");
        assertThat(shirts.parts()).extracting(p -> p.tenderId() + "=" + p.amount().amount()).containsExactly("gift=15.00", "card=14.98");
        assertThat(payment.released().add(payment.captured())).isEqualTo(payment.authorized());
        assertThat(payment.tender("card").released()).isEqualTo("10.70");
        assertThat(payment.lines().get(1).cancelledQuantity()).isEqualTo(1);
        assertThatThrownBy(() -> payment.planCapture(List.of(new LineQuantity("2", 1))))
                .isInstanceOf(PaymentRuleViolation.class).hasMessageContaining("neither captured nor cancelled");
    }

    @Test
    void cancellingUnitsAlreadyCapturedReleasesOnlyTheOpenOnes() {
        Payment payment = anOrderPaidWithGiftCardAndCard();
        payment.noteCaptured(payment.planCapture(List.of(new LineQuantity("1", 1))));
        // captured: gift 14.99; open: 1 shirt, 1 book

        ReleasePlan wholeOrder = payment.planRelease(List.of(new LineQuantity("1", 2), new LineQuantity("2", 1)));
        payment.noteReleased(wholeOrder);

        assertThat(wholeOrder.items()).containsExactly(new LineQuantity("1", 1), new LineQuantity("2", 1));
        assertThat(wholeOrder.amount()).isEqualTo(Money.of("25.69", "EUR"));
        assertThat(wholeOrder.parts()).extracting(p -> p.tenderId() + "=" + p.amount().amount())
                .containsExactly("card=25.68", "gift=0.01");
        assertThat(payment.captured()).isEqualTo("14.99");
        assertThat(payment.released()).isEqualTo("25.69");
        assertThat(payment.planRelease(List.of(new LineQuantity("1", 2))).releasesNothing()).isTrue();
    }

    @Test
    void onceNothingIsOpenAnAuthorisationAboveTheTotalIsReleasedInFull() {
        Payment payment = Payment.record(new OrderId(UUID.randomUUID()), "WEB-2", "EUR", new BigDecimal("40.68"),
                List.of(new TenderSpec("card", TenderType.CARD, new BigDecimal("50.00"), "psp-auth-2")),
                List.of(new LineSpec("1", "SHIRT", 2, new BigDecimal("14.99"), new BigDecimal("0.19")),
                        new LineSpec("2", "BOOK", 1, new BigDecimal("10.70"), new BigDecimal("0.07"))),
                Instant.parse("2026-11-26T10:00:00Z"));

        ReleasePlan book = payment.planRelease(List.of(new LineQuantity("2", 1)));
        payment.noteReleased(book);
        ReleasePlan shirts = payment.planRelease(List.of(new LineQuantity("1", 2)));

        assertThat(book.amount()).isEqualTo(Money.of("10.70", "EUR"));
        assertThat(shirts.amount()).isEqualTo(Money.of("39.30", "EUR"));
    }

    @Test
    void aCancelOfAnUnknownLineOrOfNoUnitsBreaksTheRules() {
        Payment payment = anOrderPaidWithGiftCardAndCard();

        assertThatThrownBy(() -> payment.planRelease(List.of(new LineQuantity("9", 1))))
                .isInstanceOf(PaymentRuleViolation.class).hasMessageContaining("no line 9");
        assertThatThrownBy(() -> payment.planRelease(List.of(new LineQuantity("1", 0))))
                .isInstanceOf(PaymentRuleViolation.class).hasMessageContaining("must be positive");
    }

    @Test
    void refusesAmountsFinerThanTheCurrencyAndCardsWithoutAuthorisation() {
        assertThatThrownBy(() -> Payment.record(new OrderId(UUID.randomUUID()), "X", "EUR", new BigDecimal("1.001"),
                List.of(), List.of(), Instant.now())).isInstanceOf(PaymentRuleViolation.class).hasMessageContaining("decimals");
        assertThatThrownBy(() -> Payment.record(new OrderId(UUID.randomUUID()), "X", "EUR", BigDecimal.ONE,
                List.of(new TenderSpec("c", TenderType.CARD, BigDecimal.ONE, null)), List.of(), Instant.now()))
                .isInstanceOf(PaymentRuleViolation.class).hasMessageContaining("authorisation reference");
    }

    @Test
    void tendersWithoutIdAreNumberedByTheirIndex() {
        Payment payment = Payment.record(new OrderId(UUID.randomUUID()), "X", "EUR", BigDecimal.TEN,
                List.of(new TenderSpec(null, TenderType.GIFT_CARD, BigDecimal.ONE, "GC"),
                        new TenderSpec("", TenderType.CARD, new BigDecimal("9"), "auth")), List.of(), Instant.now());

        assertThat(payment.tenders()).extracting(Tender::tenderId).containsExactly("0", "1");
    }

    @Test
    void theOriginOfAnOrderIsKeptAndOlderPaymentsTakeTheirRecordingAsAcceptance() {
        Payment payment = anOrderPaidWithGiftCardAndCard();
        assertThat(payment.acceptedAt()).isEqualTo(payment.createdAt());

        payment.noteOrigin("AT", "de", Instant.parse("2020-06-20T10:00:00Z"));

        assertThat(payment.taxCountry()).isEqualTo("AT");
        assertThat(payment.language()).isEqualTo("de");
        assertThat(payment.acceptedAt()).isEqualTo(Instant.parse("2020-06-20T10:00:00Z"));
    }

    /** The shirts and the book with 4.95 shipping (45.63), on account. */
    private static Payment anOrderWithShippingOnAccount() {
        return Payment.record(new OrderId(UUID.randomUUID()), "WEB-3", "EUR", new BigDecimal("45.63"),
                List.of(new TenderSpec("acct", TenderType.ON_ACCOUNT, new BigDecimal("45.63"), null)),
                List.of(new LineSpec("1", "SHIRT", 2, new BigDecimal("14.99"), new BigDecimal("0.19")),
                        new LineSpec("2", "BOOK", 1, new BigDecimal("10.70"), new BigDecimal("0.07"))),
                List.of(new ChargeSpec("ship", ChargeSpec.ChargeType.SHIPPING, "Standard shipping", new BigDecimal("4.95"),
                        new BigDecimal("0.19"), null)),
                Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void chargesGoWithTheFirstCaptureOnlyAndBackWithTheLastReturnedUnits() {
        Payment payment = anOrderWithShippingOnAccount();

        CapturePlan first = payment.planCapture(List.of(new LineQuantity("2", 1)));
        payment.noteCaptured(first);
        CapturePlan second = payment.planCapture(List.of(new LineQuantity("1", 2)));
        payment.noteCaptured(second);

        assertThat(first.amount()).isEqualTo(Money.of("15.65", "EUR"));
        assertThat(first.lines()).extracting(Invoicing.InvoiceLine::lineId).containsExactly("2", "charge:ship");
        assertThat(second.amount()).isEqualTo(Money.of("29.98", "EUR"));
        assertThat(first.parts()).extracting(TenderAllocation.Part::type).containsExactly(TenderType.ON_ACCOUNT);
        // a shipment naming the charge does not capture it again
        assertThatThrownBy(() -> payment.planCapture(List.of(new LineQuantity("charge:ship", 1))))
                .isInstanceOf(PaymentRuleViolation.class);
        assertThat(payment.chargesToRefund(List.of(new LineQuantity("1", 1)), true)).isEmpty();
        List<LineQuantity> all = List.of(new LineQuantity("1", 2), new LineQuantity("2", 1));
        assertThat(payment.chargesToRefund(all, true)).containsExactly(new LineQuantity("charge:ship", 1));
        assertThat(payment.chargesToRefund(all, false)).isEmpty();
        assertThat(payment.grossOf(List.of(new LineQuantity("charge:ship", 1)))).isEqualByComparingTo("4.95");
    }

    @Test
    void aCancelOfSomeLinesKeepsWhatTheChargesNeedAndOfTheLastOpenLinesReleasesThem() {
        Payment payment = anOrderWithShippingOnAccount();

        ReleasePlan shirts = payment.planRelease(List.of(new LineQuantity("1", 2)));
        payment.noteReleased(shirts);
        ReleasePlan book = payment.planRelease(List.of(new LineQuantity("2", 1)));

        assertThat(shirts.amount()).isEqualTo(Money.of("29.98", "EUR"));
        assertThat(book.items()).containsExactly(new LineQuantity("2", 1), new LineQuantity("charge:ship", 1));
        assertThat(book.amount()).isEqualTo(Money.of("15.65", "EUR"));
    }
}
