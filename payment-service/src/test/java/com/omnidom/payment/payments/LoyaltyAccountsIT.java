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
import java.util.stream.Collectors;

import static com.omnidom.payment.SampleEvents.bonusPoints;
import static com.omnidom.payment.SampleEvents.card;
import static com.omnidom.payment.SampleEvents.order;
import static com.omnidom.payment.SampleEvents.returnLine;
import static com.omnidom.payment.SampleEvents.returned;
import static com.omnidom.payment.SampleEvents.shipment;
import static com.omnidom.payment.SampleEvents.shipped;
import static com.omnidom.payment.SampleEvents.shirtsAndABook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bonus points through the real path: finance credits points over REST, an accepted order reserves its BONUS_POINTS
 * tender (1 point = 0.01 EUR), the shipment's capture redeems them, a return gives them back; an account short of
 * the points an order redeems refuses the order. Real broker, database and PSP simulator.
 */
class LoyaltyAccountsIT extends PaymentServiceWithPsp {

    @Test
    void creditedPointsAreReservedByTheOrderRedeemedByItsShipmentAndGivenBackByItsReturnWithBalancedPostings() {
        String account = "LOY-" + UUID.randomUUID();
        Http finance = http.as(TestCaller.of("fiona", Roles.FINANCE));
        assertThat(finance.put("/api/v1/loyalty-accounts/" + account, Map.of("points", 2000, "currency", "EUR")).status())
                .isEqualTo(200);
        JsonNode credited = finance.put("/api/v1/loyalty-accounts/" + account, Map.of("points", 1000, "currency", "EUR")).json();
        assertThat(credited.get("points").asString()).isEqualTo("3000");
        assertThat(credited.get("value").asString()).isEqualTo("30.00");
        assertThat(credited.at("/movements/1/createdBy").asString()).isEqualTo("fiona");
        Http.Response fraction = finance.put("/api/v1/loyalty-accounts/" + account, Map.of("points", "1.5", "currency", "EUR"));
        assertThat(fraction.status()).isEqualTo(422);
        assertThat(fraction.json().at("/errors/0/field").asString()).isEqualTo("points");
        assertThat(finance.put("/api/v1/loyalty-accounts/" + account, Map.of("points", 5, "currency", "CHF"))
                .json().at("/errors/0/field").asString()).isEqualTo("currency");

        // 30.00 EUR (3000 points) of the 40.68 in points, the rest by credit card
        UUID orderId = UUID.randomUUID();
        publishAsIs(order(orderId, shirtsAndABook(), card("card-1", "10.68", "psp-auth-" + orderId),
                bonusPoints("points-1", "30.00", account)));
        awaitPayment(orderId);
        assertThat(accountRow(account)).containsEntry("balance", "0").containsEntry("reserved", "3000");

        // the shirts (29.98) are captured from the points first: 2998 points
        publish(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "2".equals(accountRow(account).get("reserved")));
        // one shirt back (14.99): the card captured nothing, so all of it goes back as 1499 points
        publish(returned(orderId, "14.99", returnLine("1", "SHIRT-M", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "1499".equals(accountRow(account).get("balance")));

        JsonNode view = finance.get("/api/v1/loyalty-accounts/" + account).json();
        assertThat(view.get("account").asString()).isEqualTo(account);
        assertThat(view.get("pointValue").asString()).isEqualTo("0.01");
        assertThat(view.get("value").asString()).isEqualTo("14.99");
        assertThat(view.get("movements").valueStream().map(m -> m.get("kind").asString() + " " + m.get("points").asString()
                + " = " + m.get("value").asString()))
                .containsExactly("LOAD 2000 = 20.00", "LOAD 1000 = 10.00", "RESERVE 3000 = 30.00", "REDEEM 2998 = 29.98",
                        "REFUND 1499 = 14.99");
        assertThat(view.at("/movements/2/orderId").asString()).isEqualTo(orderId.toString());
        // the postings at the points' value: points liability = what the account can spend, points reserved = what orders hold
        assertThat(net(view, "1721")).isEqualByComparingTo(view.get("value").asString());
        assertThat(net(view, "1723")).isEqualByComparingTo("0.02");
        assertThat(view.get("movements").valueStream().map(m -> m.get("debitAccount").asString() + ">" + m.get("creditAccount").asString()))
                .containsExactly("4600>1721", "4600>1721", "1721>1723", "1723>1400", "1400>1721");
        // and the capture's journal entry took the points part from the points liability too
        assertThat(jdbc.queryForObject("SELECT count(*) FROM journal_entry WHERE order_id = ? AND kind = 'CAPTURE' AND lines::text LIKE '%1721%'",
                Long.class, orderId)).isEqualTo(1);

        Http carla = http.as(TestCaller.of("carla", Roles.CS_AGENT));
        JsonNode masked = carla.get("/api/v1/loyalty-accounts/" + account).json();
        assertThat(masked.get("account").asString()).isEqualTo("****" + account.substring(account.length() - 4));
        assertThat(masked.get("points").asString()).isEqualTo("1499");
        assertThat(carla.get("/api/v1/loyalty-accounts/LOY-unknown").status()).isEqualTo(404);
    }

    @Test
    void anOrderRedeemingMorePointsThanTheAccountHoldsIsDeadLetteredNamingTheShortfallAndTheAccountKeepsItsPoints() {
        String account = "LOY-" + UUID.randomUUID();
        http.as(TestCaller.of("adam", Roles.ADMIN)).put("/api/v1/loyalty-accounts/" + account, Map.of("points", 500, "currency", "EUR"));
        UUID orderId = UUID.randomUUID();

        publishAsIs(order(orderId, shirtsAndABook(), card("card-1", "20.68", "psp-auth-" + orderId),
                bonusPoints("points-1", "20.00", account)));

        List<ConsumerRecord<String, byte[]>> dead = TopicProbe.atLeast(bootstrap,
                Topics.ORDER_EVENTS.deadLetter().name(), 1, orderId.toString());
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.getFirst(), "kafka_dlt-exception-message"))
                .contains("has 500 points", "redeems 2000 points: 1500 points short")
                .doesNotContain(account);
        assertThat(rows("payment", orderId)).isZero();
        assertThat(accountRow(account)).containsEntry("balance", "500").containsEntry("reserved", "0");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM loyalty_movement WHERE account = ?", Long.class, account))
                .isEqualTo(1);
    }

    private Map<String, String> accountRow(String account) {
        return jdbc.queryForMap("SELECT balance::text AS balance, reserved::text AS reserved FROM loyalty_account WHERE account = ?",
                account).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (String) e.getValue()));
    }

    /** Σ credits − Σ debits of the movements' posted values on {@code account}. */
    private static BigDecimal net(JsonNode loyalty, String account) {
        return loyalty.get("movements").valueStream().map(m -> {
            BigDecimal value = new BigDecimal(m.get("value").asString());
            if (account.equals(m.get("creditAccount").asString())) return value;
            if (account.equals(m.get("debitAccount").asString())) return value.negate();
            return BigDecimal.ZERO;
        }).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
