package com.omnidom.payment.payments.domain;

import com.omnidom.kernel.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenderAllocationTest {

    private static TenderAllocation.Available tender(String id, TenderType type, int position, String amount) {
        return new TenderAllocation.Available(id, type, position, Money.of(amount, "EUR"));
    }

    private static TenderAllocation.Part part(String id, TenderType type, String amount) {
        return new TenderAllocation.Part(id, type, Money.of(amount, "EUR"));
    }

    @Test
    void capturesTheGiftCardAndBonusPointsBeforeTheCardWhateverTheOrderTheyCameIn() {
        var tenders = List.of(tender("card", TenderType.CARD, 0, "100.00"),
                tender("points", TenderType.BONUS_POINTS, 1, "5.00"),
                tender("gift", TenderType.GIFT_CARD, 2, "20.00"));

        assertThat(TenderAllocation.forCapture(Money.of("30.00", "EUR"), tenders)).containsExactly(
                part("gift", TenderType.GIFT_CARD, "20.00"),
                part("points", TenderType.BONUS_POINTS, "5.00"),
                part("card", TenderType.CARD, "5.00"));
    }

    @Test
    void chargesOnlyTheGiftCardWhileItCoversTheAmount() {
        var tenders = List.of(tender("card", TenderType.CARD, 0, "100.00"), tender("gift", TenderType.GIFT_CARD, 1, "20.00"));

        assertThat(TenderAllocation.forCapture(Money.of("19.99", "EUR"), tenders))
                .containsExactly(part("gift", TenderType.GIFT_CARD, "19.99"));
    }

    @Test
    void tendersOfOneTypeAreUsedInTheOrderTheCustomerGaveThem() {
        var tenders = List.of(tender("gift-b", TenderType.GIFT_CARD, 1, "10.00"), tender("gift-a", TenderType.GIFT_CARD, 0, "10.00"));

        assertThat(TenderAllocation.forCapture(Money.of("15.00", "EUR"), tenders)).containsExactly(
                part("gift-a", TenderType.GIFT_CARD, "10.00"), part("gift-b", TenderType.GIFT_CARD, "5.00"));
    }

    @Test
    void refusesACaptureBeyondWhatTheTendersStillHave() {
        var tenders = List.of(tender("card", TenderType.CARD, 0, "10.00"), tender("gift", TenderType.GIFT_CARD, 1, "5.00"));

        assertThatThrownBy(() -> TenderAllocation.forCapture(Money.of("15.01", "EUR"), tenders))
                .isInstanceOf(PaymentRuleViolation.class).hasMessageContaining("by 0.01");
    }

    @Test
    void refundsTheCardFirstAndTheGiftCardLast() {
        var captured = List.of(tender("gift", TenderType.GIFT_CARD, 0, "20.00"), tender("card", TenderType.CARD, 1, "10.00"));

        assertThat(TenderAllocation.forRefund(Money.of("25.00", "EUR"), captured)).containsExactly(
                part("card", TenderType.CARD, "10.00"), part("gift", TenderType.GIFT_CARD, "15.00"));
    }

    @Test
    void zeroTakesNothing() {
        assertThat(TenderAllocation.forCapture(Money.of("0", "EUR"), List.of(tender("card", TenderType.CARD, 0, "1.00")))).isEmpty();
    }

    private static final TenderOrder CARD_FIRST = new TenderOrder(
            List.of(TenderType.CARD, TenderType.GIFT_CARD, TenderType.BONUS_POINTS, TenderType.CASH, TenderType.ON_ACCOUNT),
            List.of(TenderType.GIFT_CARD, TenderType.CARD, TenderType.BONUS_POINTS, TenderType.CASH, TenderType.ON_ACCOUNT));

    @Test
    void aConfiguredOrderCapturesTheCardFirstAndRefundsTheGiftCardFirst() {
        var tenders = List.of(tender("gift", TenderType.GIFT_CARD, 0, "20.00"), tender("card", TenderType.CARD, 1, "100.00"));

        assertThat(TenderAllocation.forCapture(Money.of("30.00", "EUR"), tenders, CARD_FIRST))
                .containsExactly(part("card", TenderType.CARD, "30.00"));
        assertThat(TenderAllocation.forCapture(Money.of("110.00", "EUR"), tenders, CARD_FIRST)).containsExactly(
                part("card", TenderType.CARD, "100.00"), part("gift", TenderType.GIFT_CARD, "10.00"));
        var captured = List.of(tender("gift", TenderType.GIFT_CARD, 0, "10.00"), tender("card", TenderType.CARD, 1, "100.00"));
        assertThat(TenderAllocation.forRefund(Money.of("25.00", "EUR"), captured, CARD_FIRST)).containsExactly(
                part("gift", TenderType.GIFT_CARD, "10.00"), part("card", TenderType.CARD, "15.00"));
        assertThat(TenderAllocation.forRelease(Money.of("5.00", "EUR"), tenders, CARD_FIRST))
                .containsExactly(part("gift", TenderType.GIFT_CARD, "5.00"));
    }

    @Test
    void theDefaultOrderIsTodaysRules() {
        var tenders = List.of(tender("card", TenderType.CARD, 0, "100.00"), tender("gift", TenderType.GIFT_CARD, 1, "20.00"));

        assertThat(TenderAllocation.forCapture(Money.of("30.00", "EUR"), tenders, TenderOrder.of(null, null)))
                .isEqualTo(TenderAllocation.forCapture(Money.of("30.00", "EUR"), tenders))
                .containsExactly(part("gift", TenderType.GIFT_CARD, "20.00"), part("card", TenderType.CARD, "10.00"));
        assertThat(TenderAllocation.forRelease(Money.of("30.00", "EUR"), tenders, TenderOrder.DEFAULT))
                .containsExactly(part("card", TenderType.CARD, "30.00"));
    }

    @Test
    void anOrderMustNameEveryTypeOnce() {
        assertThatThrownBy(() -> TenderOrder.of(List.of(TenderType.CARD, TenderType.GIFT_CARD), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capture order").hasMessageContaining("lacks").hasMessageContaining("ON_ACCOUNT");
        assertThatThrownBy(() -> TenderOrder.of(null, List.of(TenderType.CARD, TenderType.CARD, TenderType.GIFT_CARD,
                TenderType.BONUS_POINTS, TenderType.CASH, TenderType.ON_ACCOUNT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refund order names CARD twice");
    }
}
