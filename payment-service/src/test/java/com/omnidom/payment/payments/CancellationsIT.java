package com.omnidom.payment.payments;

import com.omnidom.events.EventType;
import com.omnidom.events.Topics;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentPickupExpired;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import com.omnidom.psp.Ledger;
import com.omnidom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import static com.omnidom.payment.SampleEvents.cancellation;
import static com.omnidom.payment.SampleEvents.cancelledLine;
import static com.omnidom.payment.SampleEvents.card;
import static com.omnidom.payment.SampleEvents.giftCard;
import static com.omnidom.payment.SampleEvents.order;
import static com.omnidom.payment.SampleEvents.shipment;
import static com.omnidom.payment.SampleEvents.shipped;
import static com.omnidom.payment.SampleEvents.shirtsAndABook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cancelled lines give back their authorised money: the whole service with a real broker, a fresh database and
 * the PSP simulator in this JVM, asserting rows, AuthorizationReleased on the topic and the PSP's books.
 */
// closed right after this class, while its broker and PSP still run (a context cached until the JVM exits shuts down late)
@DirtiesContext
class CancellationsIT extends PaymentServiceWithPsp {

    private static final String RELEASED = EventType.AUTHORIZATION_RELEASED.type();
    private static final String CAPTURED = EventType.PAYMENT_CAPTURED.type();

    @Test
    void cancellingALineBeforeShipmentReleasesItsAmountAtThePspAndTheRestIsStillCaptured() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("40.68"), "EUR");
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", auth)));
        OrderCancelled cancelled = cancellation(orderId, cancelledLine("2", "BOOK-1", 1));

        publish(cancelled);
        JsonNode released = bodies(paymentEvents(orderId, 1), RELEASED).getFirst();
        publish(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2)));

        assertThat(released.get("amount").asString()).isEqualTo("10.70");
        assertThat(released.get("currency").asString()).isEqualTo("EUR");
        assertThat(released.get("reason").asString()).isEqualTo("customer request");
        assertThat(released.at("/releases/0/tenderId").asString()).isEqualTo("card-1");
        assertThat(released.at("/releases/0/amount").asString()).isEqualTo("10.70");
        assertThat(released.at("/releases/0/pspReference").asString()).startsWith("rel_");
        assertThat(bodies(paymentEvents(orderId, 3), CAPTURED).getFirst().get("amount").asString()).isEqualTo("29.98");
        Ledger.AuthorizationView atPsp = PSP.ledger().findAuthorization(auth).orElseThrow();
        assertThat(atPsp.released()).isEqualTo("10.70");
        assertThat(atPsp.captured()).isEqualTo("29.98");
        assertThat(atPsp.remaining()).isEqualTo("0.00");

        JsonNode payment = http.get("/api/v1/payments/" + orderId).json();
        assertThat(payment.get("released").asString()).isEqualTo("10.70");
        assertThat(payment.get("captured").asString()).isEqualTo("29.98");
        assertThat(payment.at("/tenders/0/released").asString()).isEqualTo("10.70");
        assertThat(payment.at("/lines/1/cancelledQuantity").asInt()).isEqualTo(1);
        assertThat(payment.at("/lines/0/cancelledQuantity").asInt()).isZero();
        assertThat(payment.at("/releases/0/cancellationId").asString()).isEqualTo(cancelled.eventId().toString());
        assertThat(payment.at("/releases/0/amount").asString()).isEqualTo("10.70");
        assertThat(payment.at("/releases/0/lines/0/lineId").asString()).isEqualTo("2");
        assertThat(payment.at("/releases/0/parts/0/pspReference").asString()).isEqualTo(atPspReleaseId(released));
    }

    @Test
    void anExpiredPickupsCancellationReleasesTheWholeAuthorisationOfItsUnitsAtThePspAndCapturesNothing() {
        UUID orderId = UUID.randomUUID();
        UUID pickup = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("40.68"), "EUR");
        OrderAccepted shipped = order(orderId, shirtsAndABook(), card("card-1", "40.68", auth));
        publish(new OrderAccepted(shipped.eventId(), shipped.occurredAt(), orderId, shipped.orderNumber(), shipped.channel(),
                shipped.customer(), shipped.lines(), "EUR", shipped.total(), new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.PICKUP,
                new OrderAccepted.Address("Omnidom Berlin Mitte", "Alexanderplatz 1", "10178", "Berlin", "DE"), null, "STORE-1"),
                shipped.tenders(), false));
        List<FulfillmentLine> waiting = List.of(shipped("1", "SHIRT-M", 2), shipped("2", "BOOK-1", 1));
        // ready at the store, then given up by it: no money moves until the order cancels the units (capture is at pickup)
        publish(new FulfillmentReadyForPickup(UUID.randomUUID(), Instant.now(), orderId, pickup, "STORE-1", waiting, "042917"));
        publish(new FulfillmentPickupExpired(UUID.randomUUID(), Instant.now(), orderId, pickup, "STORE-1", waiting,
                Instant.now().minus(Duration.ofDays(7))));
        OrderCancelled expired = new OrderCancelled(UUID.randomUUID(), Instant.now(), orderId,
                List.of(cancelledLine("1", "SHIRT-M", 2), cancelledLine("2", "BOOK-1", 1)), "PICKUP_EXPIRED", "pickup-expiry");

        publish(expired);

        List<ConsumerRecord<String, byte[]>> events = paymentEvents(orderId, 1);
        assertThat(events).extracting(e -> TopicProbe.header(e, "ce_type")).containsExactly(RELEASED);
        JsonNode released = bodies(events, RELEASED).getFirst();
        assertThat(released.get("amount").asString()).isEqualTo("40.68");
        assertThat(released.get("reason").asString()).isEqualTo("PICKUP_EXPIRED");
        assertThat(released.at("/releases/0/tenderId").asString()).isEqualTo("card-1");
        Ledger.AuthorizationView atPsp = PSP.ledger().findAuthorization(auth).orElseThrow();
        assertThat(atPsp.released()).isEqualTo("40.68");
        assertThat(atPsp.captured()).isEqualTo("0.00");
        JsonNode payment = http.get("/api/v1/payments/" + orderId).json();
        assertThat(payment.get("released").asString()).isEqualTo("40.68");
        assertThat(payment.get("captured").asString()).isEqualTo("0.00");
        assertThat(payment.at("/lines/0/cancelledQuantity").asInt()).isEqualTo(2);
        assertThat(payment.at("/lines/1/cancelledQuantity").asInt()).isEqualTo(1);
        assertThat(payment.at("/releases/0/cancellationId").asString()).isEqualTo(expired.eventId().toString());
        assertThat(payment.at("/releases/0/reason").asString()).isEqualTo("PICKUP_EXPIRED");
    }

    @Test
    void aCardIsReleasedFirstAndTheGiftCardAmountIsBookedBackHere() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("10.68"), "EUR");
        publish(order(orderId, shirtsAndABook(), card("card-1", "10.68", auth), giftCard("gift-1", "30.00", "GC-4711")));

        publish(cancellation(orderId, cancelledLine("1", "SHIRT-M", 2)));

        JsonNode released = bodies(paymentEvents(orderId, 1), RELEASED).getFirst();
        assertThat(released.get("amount").asString()).isEqualTo("29.98");
        assertThat(released.get("releases").valueStream()
                .map(r -> r.get("tenderId").asString() + " " + r.get("type").asString() + " " + r.get("amount").asString()))
                .containsExactly("card-1 CARD 10.68", "gift-1 GIFT_CARD 19.30");
        assertThat(released.at("/releases/1/pspReference").isNull()).isTrue();
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().released()).isEqualTo("10.68");
        // the book is what is left, and the gift card still covers it
        publish(shipment(orderId, UUID.randomUUID(), shipped("2", "BOOK-1", 1)));
        JsonNode captured = bodies(paymentEvents(orderId, 3), CAPTURED).getFirst();
        assertThat(captured.at("/captures/0/tenderId").asString()).isEqualTo("gift-1");
        assertThat(captured.at("/captures/0/amount").asString()).isEqualTo("10.70");
        assertThat(jdbc.queryForObject("SELECT released FROM payment_tender WHERE order_id = ? AND tender_id = 'gift-1'",
                BigDecimal.class, orderId)).isEqualByComparingTo("19.30");
    }

    @Test
    void cancellingUnitsAlreadyCapturedReleasesOnlyWhatWasNotCaptured() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("40.68"), "EUR");
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", auth)));
        publish(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2)));
        paymentEvents(orderId, 2);

        // the whole order, as the customer asked for it: the shirts are gone already
        publish(cancellation(orderId, cancelledLine("1", "SHIRT-M", 2), cancelledLine("2", "BOOK-1", 1)));

        JsonNode released = bodies(paymentEvents(orderId, 3), RELEASED).getFirst();
        assertThat(released.get("amount").asString()).isEqualTo("10.70");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("29.98");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().released()).isEqualTo("10.70");
        assertThat(jdbc.queryForList("SELECT line_id, captured_quantity, cancelled_quantity FROM payment_line "
                + "WHERE order_id = ? ORDER BY position", orderId))
                .containsExactly(Map.of("line_id", "1", "captured_quantity", 2, "cancelled_quantity", 0),
                        Map.of("line_id", "2", "captured_quantity", 0, "cancelled_quantity", 1));
    }

    @Test
    void theSameCancellationTwiceOrResentAsANewEventReleasesOnce() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("40.68"), "EUR");
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", auth)));
        OrderCancelled cancelled = cancellation(orderId, cancelledLine("2", "BOOK-1", 1));

        publish(cancelled);
        publish(cancelled);
        publish(cancellation(orderId, cancelledLine("2", "BOOK-1", 1)));
        // a later cancellation of the same order proves the ones before were done with
        publish(cancellation(orderId, cancelledLine("1", "SHIRT-M", 1)));

        List<JsonNode> released = bodies(paymentEvents(orderId, 2), RELEASED);
        assertThat(released).extracting(r -> r.get("amount").asString()).containsExactly("10.70", "14.99");
        assertThat(rows("authorization_release", orderId)).isEqualTo(2);
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().released()).isEqualTo("25.69");
        assertThat(jdbc.queryForObject("SELECT released FROM payment WHERE order_id = ?", BigDecimal.class, orderId))
                .isEqualByComparingTo("25.69");
    }

    @Test
    void aCancelRacingACaptureOfTheSameUnitsNeverReleasesCapturedMoney() throws Exception {
        // the PSP answers slowly, so the shipment's capture and the cancel are in flight at the same time
        PSP.faults().update(null, null, null, 300L);
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID orderId = UUID.randomUUID();
            PSP.ledger().authorize("psp-auth-" + orderId, new BigDecimal("40.68"), "EUR");
            publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", "psp-auth-" + orderId)));
            orders.add(orderId);
        }
        orders.forEach(this::awaitPayment);

        List<Future<?>> sent = new ArrayList<>();
        for (UUID orderId : orders) {
            sent.add(send(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2))));
            sent.add(send(cancellation(orderId, cancelledLine("1", "SHIRT-M", 2), cancelledLine("2", "BOOK-1", 1))));
        }
        for (Future<?> f : sent) f.get();

        for (UUID orderId : orders) {
            // settled: either the capture won (29.98 captured, the book's 10.70 released) or the cancel did (all
            // 40.68 released; the shipment of cancelled units then breaks the rules and is dead-lettered)
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> settled(orderId));
            Map<String, Object> payment = jdbc.queryForMap("SELECT captured, released FROM payment WHERE order_id = ?", orderId);
            BigDecimal captured = (BigDecimal) payment.get("captured");
            BigDecimal released = (BigDecimal) payment.get("released");
            assertThat(List.of(captured.toPlainString() + "/" + released.toPlainString()))
                    .as("order %s", orderId).containsAnyOf("29.98/10.70", "0.00/40.68");
            Ledger.AuthorizationView atPsp = PSP.ledger().findAuthorization("psp-auth-" + orderId).orElseThrow();
            assertThat(new BigDecimal(atPsp.captured())).as("PSP captured, order %s", orderId).isEqualByComparingTo(captured);
            assertThat(new BigDecimal(atPsp.released())).as("PSP released, order %s", orderId).isEqualByComparingTo(released);
        }
    }

    @Test
    void aCancellationOfAnOrderPaymentNeverSawChangesNothingAndDoesNotHoldUpLaterOrders() {
        UUID later = UUID.randomUUID();
        UUID neverAccepted = onThePartitionOf(later);
        String auth = "psp-auth-" + later;
        PSP.ledger().authorize(auth, new BigDecimal("40.68"), "EUR");

        publish(cancellation(neverAccepted, cancelledLine("1", "SHIRT-M", 2)));
        publish(order(later, shirtsAndABook(), card("card-1", "40.68", auth)));
        publish(cancellation(later, cancelledLine("2", "BOOK-1", 1)));

        assertThat(bodies(paymentEvents(later, 1), RELEASED).getFirst().get("amount").asString()).isEqualTo("10.70");
        assertThat(rows("payment", neverAccepted)).isZero();
        assertThat(rows("authorization_release", neverAccepted)).isZero();
    }

    @Test
    void aCancellationOfAnUnknownLineGoesToTheDeadLetterTopicAndReleasesNothing() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("40.68"), "EUR");
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", auth)));

        publish(cancellation(orderId, cancelledLine("9", "UNKNOWN", 1), cancelledLine("2", "BOOK-1", 1)));

        List<ConsumerRecord<String, byte[]>> dead = TopicProbe.atLeast(bootstrap, Topics.ORDER_EVENTS.deadLetter().name(), 1,
                orderId.toString());
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.getFirst(), "kafka_dlt-exception-message")).contains("has no line 9");
        assertThat(rows("authorization_release", orderId)).isZero();
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().released()).isEqualTo("0.00");
    }

    private boolean settled(UUID orderId) {
        BigDecimal sum = jdbc.queryForObject("SELECT captured + released FROM payment WHERE order_id = ?",
                BigDecimal.class, orderId);
        if (sum.compareTo(new BigDecimal("40.68")) != 0) return false;
        // a release is booked before its PSP call: settled once no call of the order is still in flight
        if (jdbc.queryForObject("SELECT count(*) FROM psp_intent WHERE order_id = ? AND state = 'PENDING'", Long.class, orderId) > 0) {
            return false;
        }
        return rows("capture", orderId) == 1 || shipmentDeadLettered(orderId);
    }

    private boolean shipmentDeadLettered(UUID orderId) {
        return !TopicProbe.read(bootstrap, Topics.FULFILLMENT_EVENTS.deadLetter().name(), List.of(orderId.toString()),
                Duration.ofSeconds(5), seen -> !seen.isEmpty()).isEmpty();
    }

    /** An order id whose events land on the same partition of order.events.v1 as {@code other}'s. */
    private UUID onThePartitionOf(UUID other) {
        int partitions = producer.partitionsFor(Topics.ORDER_EVENTS.name()).size();
        while (true) {
            UUID candidate = UUID.randomUUID();
            if (partition(candidate, partitions) == partition(other, partitions)) return candidate;
        }
    }

    private static int partition(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private String atPspReleaseId(JsonNode released) {
        String id = released.at("/releases/0/pspReference").asString();
        assertThat(PSP.ledger().findRelease(id)).isPresent();
        return id;
    }
}
