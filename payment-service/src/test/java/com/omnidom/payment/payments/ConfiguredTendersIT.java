package com.omnidom.payment.payments;

import com.omnidom.events.EventType;
import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.TestCaller;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.omnidom.payment.SampleEvents.card;
import static com.omnidom.payment.SampleEvents.giftCard;
import static com.omnidom.payment.SampleEvents.order;
import static com.omnidom.payment.SampleEvents.returnLine;
import static com.omnidom.payment.SampleEvents.returned;
import static com.omnidom.payment.SampleEvents.shipment;
import static com.omnidom.payment.SampleEvents.shipped;
import static com.omnidom.payment.SampleEvents.shirtsAndABook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A retailer that wants the card charged first and the gift card given back first (the reverse of the defaults,
 * {@link PaymentsIT}): the whole service started with that configuration captures and refunds a mixed tender by it.
 */
@TestPropertySource(properties = {
        "omnidom.payment.tenders.capture-order=CARD,GIFT_CARD,BONUS_POINTS,CASH,ON_ACCOUNT",
        "omnidom.payment.tenders.refund-order=GIFT_CARD,BONUS_POINTS,CASH,CARD,ON_ACCOUNT"})
class ConfiguredTendersIT extends PaymentServiceWithPsp {

    private static final String CAPTURED = EventType.PAYMENT_CAPTURED.type();
    private static final String REFUNDED = EventType.REFUND_ISSUED.type();

    @Test
    void aMixedTenderIsCapturedCardFirstAndRefundedGiftCardFirstAsConfigured() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        String number = "GC-CFG-" + orderId.toString().substring(0, 8);
        PSP.ledger().authorize(auth, new BigDecimal("30.68"), "EUR");
        publish(order(orderId, shirtsAndABook(), card("card-1", "30.68", auth), giftCard("gift-1", "10.00", number)));
        publish(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2)));
        publish(shipment(orderId, UUID.randomUUID(), shipped("2", "BOOK-1", 1)));
        List<JsonNode> captures = awaitEvents(orderId, CAPTURED, 2);
        publish(returned(orderId, "14.99", returnLine("1", "SHIRT-M", 1)));
        JsonNode refund = awaitEvents(orderId, REFUNDED, 1).getFirst();

        // the shirts (29.98) from the card alone; the book (10.70) from what the card has left, then the gift card
        assertThat(parts(captures.get(0), "captures")).containsExactly("card-1 CARD 29.98");
        assertThat(parts(captures.get(1), "captures")).containsExactly("card-1 CARD 0.70", "gift-1 GIFT_CARD 10.00");
        // a shirt back (14.99): the gift card whole, then the card
        assertThat(parts(refund, "refunds")).containsExactly("gift-1 GIFT_CARD 10.00", "card-1 CARD 4.99");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("30.68");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().refunded()).isEqualTo("4.99");
        TestCaller finance = TestCaller.of("fiona", Roles.FINANCE);
        assertThat(http.as(finance).get("/api/v1/gift-cards/" + number).json().get("balance").asString()).isEqualTo("10.00");
        assertThat(http.as(finance).get("/api/v1/payments/" + orderId + "/postings").json().get("balance").asString())
                .isEqualTo("0.00");
    }

    private List<JsonNode> awaitEvents(UUID orderId, String type, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> bodies(paymentEvents(orderId, 1), type),
                events -> events.size() >= count);
    }

    /** "tenderId TYPE amount" per part of a capture or refund event. */
    private static List<String> parts(JsonNode event, String field) {
        return event.get(field).valueStream().map(p -> p.get("tenderId").asString() + " " + p.get("type").asString() + " "
                + p.get("amount").asString()).toList();
    }
}
