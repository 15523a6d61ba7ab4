package com.omnidom.payment.payments;

import com.omnidom.events.Topics;
import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * Gift card balances through the real path: finance loads a card over REST, an accepted order reserves its tender,
 * the shipment's capture redeems it, a return refunds it; a card short of what an order redeems refuses the order.
 * Real broker, database and PSP simulator.
 */
class GiftCardsIT extends PaymentServiceWithPsp {

    @Test
    void aLoadedCardIsReservedByTheOrderRedeemedByItsShipmentAndRefundedByItsReturnWithBalancedPostings() {
        String number = "GC-" + UUID.randomUUID();
        Http finance = http.as(TestCaller.of("fiona", Roles.FINANCE));
        assertThat(finance.put("/api/v1/gift-cards/" + number, Map.of("amount", "50.00", "currency", "EUR")).status())
                .isEqualTo(200);
        JsonNode loaded = finance.put("/api/v1/gift-cards/" + number, Map.of("amount", "10.00", "currency", "EUR")).json();
        assertThat(loaded.get("balance").asString()).isEqualTo("60.00");
        assertThat(loaded.at("/movements/1/createdBy").asString()).isEqualTo("fiona");
        Http.Response otherCurrency = finance.put("/api/v1/gift-cards/" + number, Map.of("amount", "5.00", "currency", "CHF"));
        assertThat(otherCurrency.status()).isEqualTo(422);
        assertThat(otherCurrency.json().at("/errors/0/field").asString()).isEqualTo("currency");
        assertThat(finance.put("/api/v1/gift-cards/" + number, Map.of("amount", "-1.00", "currency", "EUR"))
                .json().at("/errors/0/field").asString()).isEqualTo("amount");

        // 40.00 of the 40.68 from the card, the rest by credit card
        UUID orderId = UUID.randomUUID();
        publishAsIs(order(orderId, shirtsAndABook(), card("card-1", "0.68", "psp-auth-" + orderId),
                giftCard("gift-1", "40.00", number)));
        awaitPayment(orderId);
        assertThat(giftCardRow(number)).containsEntry("balance", "20.00").containsEntry("reserved", "40.00");

        // the shirts (29.98) are captured from the gift card first
        publish(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "10.02".equals(giftCardRow(number).get("reserved")));
        // one shirt back (14.99): the card captured nothing, so all of it goes back on the gift card
        publish(returned(orderId, "14.99", returnLine("1", "SHIRT-M", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "34.99".equals(giftCardRow(number).get("balance")));

        JsonNode view = finance.get("/api/v1/gift-cards/" + number).json();
        assertThat(view.get("number").asString()).isEqualTo(number);
        assertThat(view.get("movements").valueStream().map(m -> m.get("kind").asString() + " " + m.get("amount").asString()))
                .containsExactly("LOAD 50.00", "LOAD 10.00", "RESERVE 40.00", "REDEEM 29.98", "REFUND 14.99");
        assertThat(view.at("/movements/2/orderId").asString()).isEqualTo(orderId.toString());
        // the postings: on the liability account what the card can be spent for, on the reserved account what orders hold
        assertThat(net(view, "1720")).isEqualByComparingTo(view.get("balance").asString());
        assertThat(net(view, "1722")).isEqualByComparingTo(view.get("reserved").asString());
        assertThat(view.get("movements").valueStream().map(m -> m.get("debitAccount").asString() + ">" + m.get("creditAccount").asString()))
                .containsExactly("1000>1720", "1000>1720", "1720>1722", "1722>1400", "1400>1720");

        JsonNode masked = http.as(TestCaller.of("carla", Roles.CS_AGENT)).get("/api/v1/gift-cards/" + number).json();
        assertThat(masked.get("number").asString()).isEqualTo("****" + number.substring(number.length() - 4));
        assertThat(masked.get("balance").asString()).isEqualTo("34.99");
        assertThat(http.as(TestCaller.of("carla", Roles.CS_AGENT)).get("/api/v1/gift-cards/GC-unknown").status()).isEqualTo(404);
    }

    @Test
    void anOrderRedeemingMoreThanTheCardHoldsIsDeadLetteredNamingTheShortfallAndTheCardKeepsItsBalance() {
        String number = "GC-" + UUID.randomUUID();
        http.as(TestCaller.of("adam", Roles.ADMIN)).put("/api/v1/gift-cards/" + number, Map.of("amount", "5.00", "currency", "EUR"));
        UUID orderId = UUID.randomUUID();

        publishAsIs(order(orderId, shirtsAndABook(), card("card-1", "20.68", "psp-auth-" + orderId),
                giftCard("gift-1", "20.00", number)));

        List<ConsumerRecord<String, byte[]>> dead = TopicProbe.atLeast(bootstrap,
                Topics.ORDER_EVENTS.deadLetter().name(), 1, orderId.toString());
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.getFirst(), "kafka_dlt-exception-message"))
                .contains("has 5.00 EUR", "redeems 20.00 EUR: 15.00 EUR short")
                .doesNotContain(number);
        assertThat(rows("payment", orderId)).isZero();
        assertThat(giftCardRow(number)).containsEntry("balance", "5.00").containsEntry("reserved", "0.00");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM gift_card_movement WHERE number = ?", Long.class, number))
                .isEqualTo(1);
    }

    private Map<String, String> giftCardRow(String number) {
        return jdbc.queryForMap("SELECT balance::text AS balance, reserved::text AS reserved FROM gift_card WHERE number = ?",
                number).entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (String) e.getValue()));
    }

    /** Σ credits − Σ debits of the movements' postings on {@code account}. */
    private static BigDecimal net(JsonNode card, String account) {
        return card.get("movements").valueStream().map(m -> {
            BigDecimal amount = new BigDecimal(m.get("amount").asString());
            if (account.equals(m.get("creditAccount").asString())) return amount;
            if (account.equals(m.get("debitAccount").asString())) return amount.negate();
            return BigDecimal.ZERO;
        }).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
