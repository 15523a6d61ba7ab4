package com.omnidom.payment.payments;

import com.omnidom.events.EventType;
import com.omnidom.events.Topics;
import com.omnidom.payment.payments.application.CaptureFulfillment;
import com.omnidom.payment.payments.domain.LineQuantity;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * The PSP is called outside any transaction, between an intent recorded with the booking and its outcome recorded
 * after: lost answers, a slow PSP, a crash before the call and a refusal each end with the PSP's books and ours in
 * agreement, and no row lock is held while the PSP thinks. Real broker, database and PSP simulator.
 */
class PspIntentsIT extends PaymentServiceWithPsp {

    private static final String CAPTURED = EventType.PAYMENT_CAPTURED.type();

    @Autowired
    CaptureFulfillment captureFulfillment;

    @Autowired
    MeterRegistry meters;

    @Test
    void aCaptureWhoseAnswerIsLostAfterThePspProcessedItIsCapturedOnceAndPublishedOnce() {
        UUID orderId = acceptedOrder();
        String auth = "psp-auth-" + orderId;
        UUID fulfillmentId = UUID.randomUUID();
        // the PSP captures, then answers 503: the consumer's one attempt leaves the intent pending
        PSP.faults().update(null, 1, null, null);

        publish(shipment(orderId, fulfillmentId, shipped("1", "SHIRT-M", 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(intentState(fulfillmentId)));
        // a later shipment of the order proves nothing else comes for the first
        publish(shipment(orderId, UUID.randomUUID(), shipped("2", "BOOK-1", 1)));

        List<JsonNode> captures = bodies(paymentEvents(orderId, 4), CAPTURED);
        assertThat(captures).extracting(c -> c.get("amount").asString()).containsExactly("29.98", "10.70");
        assertThat(captures.getFirst().get("fulfillmentId").asString()).isEqualTo(fulfillmentId.toString());
        assertThat(PSP.faults().settings().failNextAfterProcessing()).isZero();
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("40.68");
        assertThat(intent(fulfillmentId)).containsEntry("attempts", 1);
        assertThat(rows("capture", orderId)).isEqualTo(2);
    }

    @Test
    void aPspSlowerThanTheTimeoutLeavesTheIntentPendingUntilItIsFastAgainThenCapturesOnce() {
        UUID orderId = acceptedOrder();
        String auth = "psp-auth-" + orderId;
        UUID fulfillmentId = UUID.randomUUID();
        // slower than the read timeout (1 s here): every call times out, though the PSP captures after the delay
        PSP.faults().update(null, null, null, 2_500L);

        publish(shipment(orderId, fulfillmentId, shipped("1", "SHIRT-M", 2)));
        // the consumer's attempt and at least one of the recovery job's timed out
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(fulfillmentId) >= 2);
        assertThat(intentState(fulfillmentId)).isEqualTo("PENDING");
        assertThat(rows("capture", orderId)).isZero();
        PSP.faults().update(null, null, null, 0L);

        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(intentState(fulfillmentId)));
        publish(shipment(orderId, UUID.randomUUID(), shipped("2", "BOOK-1", 1)));
        List<JsonNode> captures = bodies(paymentEvents(orderId, 4), CAPTURED);
        assertThat(captures).extracting(c -> c.get("amount").asString()).containsExactly("29.98", "10.70");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("40.68");
    }

    @Test
    void anIntentLeftPendingByACrashBeforeThePspCallIsFinishedByTheRecoveryJobOnceThePspIsBack() {
        UUID orderId = acceptedOrder();
        String auth = "psp-auth-" + orderId;
        UUID fulfillmentId = UUID.randomUUID();
        PSP.faults().update(1_000_000, null, null, null);

        // step one of the real path, committed; the process "dies" before it calls the PSP
        assertThat(captureFulfillment.capture(new OrderId(orderId), fulfillmentId, List.of(new LineQuantity("1", 2)),
                Instant.now()))
                .isPresent();
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(fulfillmentId) >= 1);
        assertThat(meters.get("omnidom.payment.intents.pending").gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(meters.get("omnidom.payment.intents.oldest.age").gauge().value()).isPositive();
        assertThat(intentState(fulfillmentId)).isEqualTo("PENDING");
        PSP.faults().update(0, null, null, null);

        List<JsonNode> captures = bodies(paymentEvents(orderId, 2), CAPTURED);
        assertThat(captures).extracting(c -> c.get("fulfillmentId").asString()).containsExactly(fulfillmentId.toString());
        assertThat(captures.getFirst().at("/captures/0/pspReference").asString()).startsWith("cap_");
        assertThat(intentState(fulfillmentId)).isEqualTo("DONE");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("29.98");
        // a redelivered or re-sent shipment finds the intent and does nothing
        publish(shipment(orderId, fulfillmentId, shipped("1", "SHIRT-M", 2)));
        publish(shipment(orderId, UUID.randomUUID(), shipped("2", "BOOK-1", 1)));
        assertThat(bodies(paymentEvents(orderId, 4), CAPTURED)).hasSize(2);
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("40.68");
    }

    @Test
    void aReturnWaitsForItsCardCaptureStillPendingAtThePspThenIsRefundedOnce() throws InterruptedException {
        UUID orderId = acceptedOrder();
        String auth = "psp-auth-" + orderId;
        UUID fulfillmentId = UUID.randomUUID();
        PSP.faults().update(1_000_000, null, null, null);
        publish(shipment(orderId, fulfillmentId, shipped("1", "SHIRT-M", 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(fulfillmentId) >= 1);

        publish(returned(orderId, "29.98", returnLine("1", "SHIRT-M", 2)));
        // the PSP could not refund what it has not captured: the return waits (parked), nothing booked for it
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM parked_event WHERE topic = 'return.events.v1'
                AND convert_from(payload, 'UTF8') LIKE '%' || ? || '%'""", Long.class, orderId.toString()) == 1);
        assertThat(rows("refund", orderId)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM psp_intent WHERE order_id = ? AND kind = 'REFUND'",
                Long.class, orderId)).isZero();
        PSP.faults().update(0, null, null, null);

        List<ConsumerRecord<String, byte[]>> events = paymentEvents(orderId, 3);
        assertThat(bodies(events, CAPTURED)).hasSize(1);
        JsonNode refund = bodies(events, EventType.REFUND_ISSUED.type()).getFirst();
        assertThat(refund.at("/refunds/0/pspReference").asString()).startsWith("ref_");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("29.98");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().refunded()).isEqualTo("29.98");
        assertThat(jdbc.queryForList("SELECT state FROM psp_intent WHERE order_id = ? ORDER BY created_at", String.class,
                orderId)).containsExactly("DONE", "DONE");
    }

    @Test
    void noRowLockIsHeldWhileThePspIsCalled() {
        UUID orderId = acceptedOrder();
        UUID fulfillmentId = UUID.randomUUID();
        // slower than the read timeout: calls are in flight (and none succeeds) for as long as this holds
        PSP.faults().update(null, null, null, 3_000L);

        publish(shipment(orderId, fulfillmentId, shipped("1", "SHIRT-M", 2)));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> intentState(fulfillmentId) != null);
        // while the consumer's call is in flight, another transaction updates the payment's row without waiting
        for (int i = 0; i < 8; i++) {
            assertThat(updatePaymentRow(orderId)).as("update %d", i).isEqualTo(1);
            sleep(100);
        }
        assertThat(rows("capture", orderId)).isZero();
        PSP.faults().update(null, null, null, 0L);

        assertThat(bodies(paymentEvents(orderId, 2), CAPTURED)).hasSize(1);
        assertThat(PSP.ledger().findAuthorization("psp-auth-" + orderId).orElseThrow().captured()).isEqualTo("29.98");
    }

    @Test
    void aCaptureThePspRefusesIsTakenBackAndDeadLettered() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        // the PSP authorised less than the order says
        PSP.ledger().authorize(auth, new BigDecimal("10.00"), "EUR");
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", auth)));
        awaitPayment(orderId);
        UUID fulfillmentId = UUID.randomUUID();

        publish(shipment(orderId, fulfillmentId, shipped("1", "SHIRT-M", 2)));

        List<ConsumerRecord<String, byte[]>> dead = TopicProbe.atLeast(bootstrap,
                Topics.FULFILLMENT_EVENTS.deadLetter().name(), 1, orderId.toString());
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.getFirst(), "kafka_dlt-exception-message")).contains("amount_exceeds_authorization");
        assertThat(intentState(fulfillmentId)).isEqualTo("FAILED");
        assertThat(rows("capture", orderId)).isZero();
        assertThat(jdbc.queryForObject("SELECT captured FROM payment WHERE order_id = ?", BigDecimal.class, orderId))
                .isEqualByComparingTo("0");
        assertThat(jdbc.queryForObject("SELECT captured_quantity FROM payment_line WHERE order_id = ? AND line_id = '1'",
                Integer.class, orderId)).isZero();
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("0.00");
    }

    @Test
    void aCaptureFromAnExpiredCardAuthorisationReauthorisesTheCardAndCapturesFromTheNewOne() {
        UUID orderId = orderWithExpiredAuthorization(false);
        String auth = "psp-auth-" + orderId;
        UUID fulfillmentId = UUID.randomUUID();

        publish(shipment(orderId, fulfillmentId, shipped("1", "SHIRT-M", 2)));

        JsonNode capture = bodies(paymentEvents(orderId, 2), CAPTURED).getFirst();
        assertThat(capture.get("amount").asString()).isEqualTo("29.98");
        Map<String, Object> tender = jdbc.queryForMap("SELECT reference, previous_reference, reauthorized_at "
                + "FROM payment_tender WHERE order_id = ? AND tender_id = 'card-1'", orderId);
        String renewed = (String) tender.get("reference");
        assertThat(renewed).startsWith("auth_");
        assertThat(tender).containsEntry("previous_reference", auth);
        assertThat(tender.get("reauthorized_at")).isNotNull();
        String captureId = capture.at("/captures/0/pspReference").asString();
        assertThat(PSP.ledger().findCapture(captureId).orElseThrow().authorization()).isEqualTo(renewed);
        assertThat(PSP.ledger().findAuthorization(renewed).orElseThrow().captured()).isEqualTo("29.98");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).as("nothing from the expired one")
                .isEqualTo("0.00");
        assertThat(intentState(fulfillmentId)).isEqualTo("DONE");

        JsonNode view = http.as(TestCaller.of("fiona", Roles.FINANCE)).get("/api/v1/payments/" + orderId).json();
        assertThat(view.at("/tenders/0/reference").asString()).isEqualTo(renewed);
        assertThat(view.at("/tenders/0/previousReference").asString()).isEqualTo(auth);
        assertThat(view.at("/tenders/0/captured").asString()).isEqualTo("29.98");
        assertThat(view.get("pspFailures").isEmpty()).isTrue();
    }

    @Test
    void aCardThatDeclinesTheReauthorisationLeavesTheCaptureToCustomerServiceWithTheReason() {
        UUID orderId = orderWithExpiredAuthorization(true);
        String auth = "psp-auth-" + orderId;
        UUID fulfillmentId = UUID.randomUUID();

        publish(shipment(orderId, fulfillmentId, shipped("1", "SHIRT-M", 2)));

        List<ConsumerRecord<String, byte[]>> dead = TopicProbe.atLeast(bootstrap,
                Topics.FULFILLMENT_EVENTS.deadLetter().name(), 1, orderId.toString());
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.getFirst(), "kafka_dlt-exception-message"))
                .contains("expired and its re-authorization was refused", "card_declined");
        assertThat(intentState(fulfillmentId)).isEqualTo("FAILED");
        assertThat(rows("capture", orderId)).isZero();
        assertThat(jdbc.queryForObject("SELECT reference FROM payment_tender WHERE order_id = ? AND tender_id = 'card-1'",
                String.class, orderId)).as("the tender keeps its authorisation").isEqualTo(auth);

        JsonNode view = http.as(TestCaller.of("carla", Roles.CS_AGENT)).get("/api/v1/payments/" + orderId).json();
        assertThat(view.at("/pspFailures/0/kind").asString()).isEqualTo("CAPTURE");
        assertThat(view.at("/pspFailures/0/subjectId").asString()).isEqualTo(fulfillmentId.toString());
        assertThat(view.at("/pspFailures/0/amount").asString()).isEqualTo("29.98");
        assertThat(view.at("/pspFailures/0/reason").asString()).contains("card_declined");
        assertThat(view.at("/pspFailures/0/failedAt").isMissingNode()).isFalse();
        assertThat(view.at("/captured").asString()).isEqualTo("0.00");
    }

    /** An accepted card order shipped eight days later: the PSP let its authorisation lapse after seven. */
    private UUID orderWithExpiredAuthorization(boolean cardDeclinesReauthorization) {
        UUID orderId = acceptedOrder();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("40.68"), "EUR");
        PSP.ledger().age(auth, Duration.ofDays(8), cardDeclinesReauthorization);
        return orderId;
    }

    private UUID acceptedOrder() {
        UUID orderId = UUID.randomUUID();
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", "psp-auth-" + orderId)));
        awaitPayment(orderId);
        return orderId;
    }

    private Map<String, Object> intent(UUID subjectId) {
        return jdbc.queryForMap("SELECT state, attempts FROM psp_intent WHERE subject_id = ?", subjectId);
    }

    private String intentState(UUID subjectId) {
        return jdbc.queryForList("SELECT state FROM psp_intent WHERE subject_id = ?", String.class, subjectId).stream()
                .findFirst().orElse(null);
    }

    private int attempts(UUID subjectId) {
        return jdbc.queryForList("SELECT attempts FROM psp_intent WHERE subject_id = ?", Integer.class, subjectId).stream()
                .findFirst().orElse(0);
    }

    /** An UPDATE of the payment's row from another connection that gives up after 200 ms waiting for a lock. */
    private int updatePaymentRow(UUID orderId) {
        return jdbc.execute((ConnectionCallback<Integer>) connection -> {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = '200ms'");
                int updated = statement.executeUpdate(
                        "UPDATE payment SET order_number = order_number WHERE order_id = '" + orderId + "'");
                connection.commit();
                return updated;
            } catch (java.sql.SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
