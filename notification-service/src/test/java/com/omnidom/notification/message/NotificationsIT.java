package com.omnidom.notification.message;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.Topics;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.events.payment.AuthorizationReleased;
import com.omnidom.notification.NotificationServiceApplication;
import com.omnidom.notification.message.application.AttachDocument;
import com.omnidom.notification.message.application.IssuedDocument;
import com.omnidom.notification.message.domain.DocumentKind;
import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.CommittedOpenApi;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.testsupport.Wire;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.omnidom.notification.SampleEvents.aPickupOrder;
import static com.omnidom.notification.SampleEvents.aStore;
import static com.omnidom.notification.SampleEvents.anOrder;
import static com.omnidom.notification.SampleEvents.cancelled;
import static com.omnidom.notification.SampleEvents.creditNoteDocument;
import static com.omnidom.notification.SampleEvents.dunningNotice;
import static com.omnidom.notification.SampleEvents.invoiceDocument;
import static com.omnidom.notification.SampleEvents.pdf;
import static com.omnidom.notification.SampleEvents.pickupExpired;
import static com.omnidom.notification.SampleEvents.pickupReminderDue;
import static com.omnidom.notification.SampleEvents.deferred;
import static com.omnidom.notification.SampleEvents.held;
import static com.omnidom.notification.SampleEvents.released;
import static com.omnidom.notification.SampleEvents.readyForPickup;
import static com.omnidom.notification.SampleEvents.refund;
import static com.omnidom.notification.SampleEvents.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole service against a real broker, a fresh database and a real SMTP server (GreenMail) in this JVM. */
@OmnidomServiceTest
class NotificationsIT {

    static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static volatile GreenMail smtp = started();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::getPort);
        // no fallback round: recording, retries and the breaker closing must wake the sender themselves
        registry.add("omnidom.notification.sender.interval", () -> "1h");
        // short waits, so the SMTP outage below heals within seconds
        registry.add("omnidom.notification.sender.first-retry", () -> "200ms");
        registry.add("omnidom.notification.sender.max-retry", () -> "1s");
        registry.add("omnidom.notification.sender.max-attempts", () -> "100");
        registry.add("omnidom.notification.smtp.retry-wait", () -> "50ms");
        registry.add("omnidom.notification.smtp.open-for", () -> "1s");
        // shipment and refund e-mails wait this long for their invoice / credit note
        registry.add("omnidom.notification.attachments.wait", () -> DOCUMENT_WAIT.toSeconds() + "s");
    }

    static final Duration DOCUMENT_WAIT = Duration.ofSeconds(12);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AttachDocument attachDocument;

    @Autowired
    TransactionTemplate transactions;

    private final Http http;
    private final Wire wire;

    NotificationsIT(Http http, Wire wire) {
        this.http = http;
        this.wire = wire;
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void confirmsAGermanCustomersOrderInGermanAndPublishesNotificationSent() throws Exception {
        UUID orderId = UUID.randomUUID();
        String email = recipient("anna");
        OrderAccepted order = anOrder(orderId, email, "de");
        double confirmed = count("omnidom.mails.sent", "ORDER_CONFIRMED");

        publish(order);

        MimeMessage mail = awaitMails(email, 1).getFirst();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("omnidom.mails.sent", "ORDER_CONFIRMED") - confirmed).isEqualTo(1));
        assertThat(mail.getSubject()).isEqualTo("Ihre Bestellung " + order.orderNumber() + " ist bestätigt");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@omnidom.local");
        String body = (String) mail.getContent();
        assertThat(body).startsWith("Hallo Anna Müller,")
                .contains("- 2 × SKU-RED-42", "- 1 × SKU-BLUE-1", "Gesamtbetrag: 1.234,50\u00a0€");

        // customer service checks "did the customer get the mail?"
        Http agent = http.as(TestCaller.of("carla", Roles.CS_AGENT));
        JsonNode list = agent.get("/api/v1/notifications?orderId=" + orderId).json();
        assertThat(list).hasSize(1);
        JsonNode item = list.get(0);
        assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "orderId", "kind", "recipient", "language",
                "subject", "status", "sentAt");
        assertThat(item.get("kind").asString()).isEqualTo("ORDER_CONFIRMED");
        assertThat(item.get("status").asString()).isEqualTo("SENT");
        assertThat(item.get("language").asString()).isEqualTo("de");
        assertThat(item.get("recipient").asString()).isEqualTo(email);
        assertThat(item.get("sentAt").asString()).isNotBlank();
        String id = item.get("id").asString();
        assertThat(mail.getHeader("X-Omnidom-Notification-Id")[0]).isEqualTo(id);
        assertThat(mail.getMessageID()).isEqualTo("<" + id + "@notification.omnidom>");

        Http.Response detail = agent.get("/api/v1/notifications/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(http.as(TestCaller.of("shop", Roles.CHANNEL).withChannel("WEB_SHOP"))
                .get("/api/v1/notifications/" + id).status()).isEqualTo(403);
        // SMTP transports the text with CRLF and without the last line break
        assertThat(detail.json().get("body").asString().strip()).isEqualTo(body.replace("\r\n", "\n").strip());
        assertThat(detail.json().get("attempts").asInt()).isEqualTo(1);

        ConsumerRecord<String, byte[]> sent = wire.atLeast(Topics.NOTIFICATION_EVENTS, 1,
                orderId.toString()).getFirst();
        assertThat(TopicProbe.header(sent, CloudEventHeaders.TYPE)).isEqualTo("omnidom.notification.notification-sent.v1");
        assertThat(TopicProbe.header(sent, CloudEventHeaders.SOURCE)).isEqualTo("/omnidom/notification-service");
        assertThat(TopicProbe.header(sent, CloudEventHeaders.SUBJECT)).isEqualTo(orderId.toString());
        assertThat(TopicProbe.header(sent, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicProbe.header(sent, CloudEventHeaders.ID)).isNotBlank();
        assertThat(TopicProbe.header(sent, CloudEventHeaders.TIME)).isNotBlank();
        JsonNode event = Http.JSON.readTree(sent.value());
        assertThat(event.get("notificationId").asString()).isEqualTo(id);
        assertThat(event.get("kind").asString()).isEqualTo("ORDER_CONFIRMED");
        assertThat(event.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(event.get("recipient").asString()).isEqualTo(email);
        assertThat(event.get("language").asString()).isEqualTo("de");
    }

    @Test
    void tellsTheCarrierTrackingNumberAndShippedLinesWhenAParcelLeaves() throws Exception {
        UUID orderId = UUID.randomUUID();
        String email = recipient("ben");
        publish(anOrder(orderId, email, "en"));
        publish(shipped(orderId, UUID.randomUUID(), "00340434161094042557"));

        MimeMessage mail = mailWithSubject(awaitMails(email, 2), "is on its way");
        String body = (String) mail.getContent();
        assertThat(body).contains("Carrier: DHL", "Tracking number: 00340434161094042557", "- 2 × SKU-RED-42")
                .doesNotContain("SKU-BLUE-1");
        assertThat(kinds(orderId)).containsExactly("ORDER_CONFIRMED", "SHIPPED");
        assertThat(wire.atLeast(Topics.NOTIFICATION_EVENTS, 2, orderId.toString())).hasSize(2);
    }

    @Test
    void namesTheStoreFromTheCatalogAndShowsThePickupCodeWhenAnOrderIsReadyForPickup() throws Exception {
        String storeId = aStoreInTheReplica();
        UUID orderId = UUID.randomUUID();
        String email = recipient("clara");

        publish(aPickupOrder(orderId, email, "de", storeId));
        publish(readyForPickup(orderId, UUID.randomUUID(), storeId, "070915"));

        List<MimeMessage> mails = awaitMails(email, 2);
        assertThat((String) mailWithSubject(mails, "ist bestätigt").getContent())
                .contains("Sie holen Ihre Bestellung ab in: Omnidom Berlin Mitte, Alexanderplatz 1, 10178 Berlin.");
        MimeMessage ready = mailWithSubject(mails, "liegt zur Abholung bereit");
        assertThat((String) ready.getContent())
                .contains("bereit in: Omnidom Berlin Mitte, Alexanderplatz 1, 10178 Berlin.", "- 1 × SKU-BLUE-1",
                        "Ihr Abholcode: 070915", "Zeigen Sie diesen Code an der Kasse vor");
    }

    @Test
    void remindsOnceOfAPickupStillWaitingWithItsCodeAndTellsItsExpiryAsSuch() throws Exception {
        String storeId = aStoreInTheReplica();
        UUID orderId = UUID.randomUUID();
        UUID pickup = UUID.randomUUID();
        String email = recipient("paula");
        publish(aPickupOrder(orderId, email, "de", storeId));
        publish(readyForPickup(orderId, pickup, storeId, "070915"));
        awaitMails(email, 2);

        // routing's reminder, even delivered again as a new event, is one e-mail per pickup
        publish(pickupReminderDue(orderId, pickup, storeId, "070915", Instant.parse("2026-12-14T09:00:00Z")));
        publish(pickupReminderDue(orderId, pickup, storeId, "070915", Instant.parse("2026-12-14T09:00:00Z")));
        MimeMessage reminder = mailWithSubject(awaitMails(email, 3), "Erinnerung");
        assertThat(reminder.getSubject()).startsWith("Erinnerung: Ihre Bestellung WEB-").endsWith("wartet auf Sie");
        assertThat((String) reminder.getContent())
                .contains("weiterhin für Sie bereit in: Omnidom Berlin Mitte, Alexanderplatz 1, 10178 Berlin.",
                        "Wir halten sie bis 14.12.2026, 10:00 für Sie zurück.", "- 2 × SKU-RED-42", "- 1 × SKU-BLUE-1",
                        "Ihr Abholcode: 070915");

        // order-service's cancellation of the expired pickup's units: told as the expiry, with the money released
        OrderCancelled expired = pickupExpired(orderId);
        publish(expired);
        publish(expired);
        MimeMessage gone = mailWithSubject(awaitMails(email, 4), "nicht abgeholt");
        assertThat((String) gone.getContent())
                .contains("lag für Sie bereit in Omnidom Berlin Mitte, Alexanderplatz 1, 10178 Berlin, wurde aber nicht "
                        + "rechtzeitig abgeholt", "- 2 × SKU-RED-42", "Dafür wird Ihnen nichts berechnet",
                        "reservierter Betrag wird freigegeben")
                .doesNotContain("070915");
        publish(released(orderId, "1234.50"));
        awaitMails(email, 5);
        awaitConsumed(Topics.FULFILLMENT_EVENTS.name());
        awaitConsumed(Topics.ORDER_EVENTS.name());
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(orderId).stream().allMatch("SENT"::equals));
        assertThat(kinds(orderId)).containsExactly("ORDER_CONFIRMED", "READY_FOR_PICKUP", "PICKUP_REMINDER", "PICKUP_EXPIRED",
                "AUTHORIZATION_RELEASED");
        assertThat(mailsTo(email)).hasSize(5);
    }

    @Test
    void tellsTheRefundedAmountInTheCustomersFormat() throws Exception {
        UUID orderId = UUID.randomUUID();
        String email = recipient("dora");
        publish(anOrder(orderId, email, "de-AT"));
        publish(refund(orderId, UUID.randomUUID(), "1019.99"));

        MimeMessage mail = mailWithSubject(awaitMails(email, 2), "Erstattung");
        assertThat((String) mail.getContent()).contains("wir haben Ihnen €\u00a01.019,99 zu Ihrer Bestellung");
        assertThat(jdbc.queryForObject("SELECT language FROM message WHERE order_id = ? AND kind = 'REFUNDED'",
                String.class, orderId)).isEqualTo("de");
    }

    @Test
    void anEventDeliveredTwiceOrTheSameShipmentToldTwiceSendsOneEmail() throws Exception {
        UUID orderId = UUID.randomUUID();
        UUID fulfillmentId = UUID.randomUUID();
        String email = recipient("emil");
        OrderAccepted order = anOrder(orderId, email, "en");

        publish(order);
        publish(order);
        // a second event about the same shipment (other event id): the natural key stops it
        publish(shipped(orderId, fulfillmentId, "TRACK-1"));
        publish(shipped(orderId, fulfillmentId, "TRACK-1"));
        awaitConsumed(Topics.ORDER_EVENTS.name());
        awaitConsumed(Topics.FULFILLMENT_EVENTS.name());
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(orderId).equals(List.of("SENT", "SENT")));

        assertThat(mailsTo(email)).hasSize(2);
        assertThat(kinds(orderId)).containsExactly("ORDER_CONFIRMED", "SHIPPED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox WHERE aggregateid = ?", Long.class,
                orderId.toString())).isEqualTo(2);
    }

    @Test
    void aShipmentThatOvertookItsOrderIsMailedOnceTheOrderArrives() throws Exception {
        UUID orderId = UUID.randomUUID();
        String email = recipient("frida");

        publish(shipped(orderId, UUID.randomUUID(), "EARLY-1"));
        Thread.sleep(1500);
        assertThat(kinds(orderId)).isEmpty();
        assertThat(mailsTo(email)).isEmpty();

        publish(anOrder(orderId, email, "en"));

        List<MimeMessage> mails = awaitMails(email, 2);
        assertThat((String) mailWithSubject(mails, "is on its way").getContent()).contains("Tracking number: EARLY-1");
        assertThat(kinds(orderId)).containsExactly("ORDER_CONFIRMED", "SHIPPED");
    }

    @Test
    void mailsWaitWhileTheSmtpServerIsDownAndGoOutOnceItIsBack() throws Exception {
        UUID orderId = UUID.randomUUID();
        String email = recipient("gustav");
        double failed = count("omnidom.mails.failed", "ORDER_CONFIRMED");
        smtp.stop();
        try {
            publish(anOrder(orderId, email, "en"));

            await().atMost(Duration.ofSeconds(30)).until(() -> kinds(orderId).size() == 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> attempts(orderId) >= 1);
            JsonNode pending = http.get("/api/v1/notifications?orderId=" + orderId).json().get(0);
            assertThat(pending.get("status").asString()).isEqualTo("PENDING");
            assertThat(pending.get("sentAt").isNull()).isTrue();
            JsonNode detail = http.get("/api/v1/notifications/" + pending.get("id").asString()).json();
            assertThat(detail.get("lastError").asString()).isNotBlank();
            Thread.sleep(1500);
        } finally {
            smtp = started();
        }

        awaitMails(email, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(orderId).equals(List.of("SENT")));
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(wire.atLeast(Topics.NOTIFICATION_EVENTS, 1, orderId.toString())).hasSize(1);
        // every attempt before the one that went out failed
        assertThat(count("omnidom.mails.failed", "ORDER_CONFIRMED") - failed).isEqualTo(attempts(orderId) - 1)
                .isGreaterThanOrEqualTo(1);
    }

    private double count(String name, String kind) {
        var counter = meters.find(name).tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void tellsWhichItemsWereCancelledOrThatTheWholeOrderWasAndEachCancellationOnce() throws Exception {
        UUID partly = UUID.randomUUID();
        UUID wholly = UUID.randomUUID();
        String anna = recipient("hanna");
        String ivo = recipient("ivo");
        publish(anOrder(partly, anna, "de"));
        publish(anOrder(wholly, ivo, "en"));
        OrderCancelled oneItem = cancelled(partly, "L2", 1);

        publish(oneItem);
        publish(oneItem);
        publish(cancelled(wholly, "L1", 2, "L2", 1));

        MimeMessage items = mailWithSubject(awaitMails(anna, 2), "storniert");
        assertThat(items.getSubject()).startsWith("Artikel Ihrer Bestellung WEB-");
        assertThat((String) items.getContent()).contains("wurden storniert:", "- 1 × SKU-BLUE-1")
                .doesNotContain("SKU-RED-42");
        MimeMessage order = mailWithSubject(awaitMails(ivo, 2), "was cancelled");
        assertThat(order.getSubject()).startsWith("Your order WEB-");
        assertThat((String) order.getContent()).contains("- 2 × SKU-RED-42", "- 1 × SKU-BLUE-1", "You will not be charged");
        awaitConsumed(Topics.ORDER_EVENTS.name());
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(partly).equals(List.of("SENT", "SENT")));
        assertThat(mailsTo(anna)).hasSize(2);
        assertThat(kinds(partly)).containsExactly("ORDER_CONFIRMED", "ORDER_CANCELLED");
        assertThat(jdbc.queryForObject("SELECT reference FROM message WHERE order_id = ? AND kind = 'ORDER_CANCELLED'",
                String.class, partly)).isEqualTo("event:" + oneItem.eventId());
    }

    @Test
    void aHeldOrderCancelledBeforeItWasAcceptedIsNotMailedAndHoldsUpNoOtherOrder() throws Exception {
        UUID heldOrder = UUID.randomUUID();
        UUID later = onTheOrderPartitionOf(heldOrder);
        String email = recipient("jon");

        publish(held(heldOrder));
        publish(cancelled(heldOrder, "L1", 2, "L2", 1));
        publish(anOrder(later, email, "en"));

        assertThat(awaitMails(email, 1).getFirst().getSubject()).contains("is confirmed");
        awaitConsumed(Topics.ORDER_EVENTS.name());
        assertThat(kinds(heldOrder)).isEmpty();
    }

    @Test
    void aDelayIsToldOncePerOrderAndReasonHoweverOftenRoutingRetries() throws Exception {
        UUID orderId = UUID.randomUUID();
        String email = recipient("karla");
        publish(anOrder(orderId, email, "en"));

        publish(deferred(orderId, "NO_STOCK"));
        publish(deferred(orderId, "NO_STOCK"));
        publish(deferred(orderId, "NO_STOCK"));

        MimeMessage mail = mailWithSubject(awaitMails(email, 2), "is delayed");
        assertThat((String) mail.getContent()).contains("we are waiting for stock", "- 1 × SKU-BLUE-1");
        awaitConsumed(Topics.FULFILLMENT_EVENTS.name());
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(orderId).equals(List.of("SENT", "SENT")));
        assertThat(mailsTo(email)).hasSize(2);
        assertThat(kinds(orderId)).containsExactly("ORDER_CONFIRMED", "DELAYED");

        publish(deferred(orderId, "NO_CAPACITY"));
        awaitMails(email, 3);
        assertThat(kinds(orderId)).containsExactly("ORDER_CONFIRMED", "DELAYED", "DELAYED");
    }

    @Test
    void tellsTheReleasedAmountOnceInTheCustomersFormat() throws Exception {
        UUID orderId = UUID.randomUUID();
        String email = recipient("lena");
        publish(anOrder(orderId, email, "de-AT"));
        AuthorizationReleased release = released(orderId, "34.50");

        publish(release);
        publish(release);

        MimeMessage mail = mailWithSubject(awaitMails(email, 2), "freigegeben");
        assertThat(mail.getSubject()).startsWith("Reservierter Betrag zu Ihrer Bestellung WEB-");
        assertThat((String) mail.getContent()).contains("wir haben €\u00a034,50 freigegeben", "Kartenabrechnung")
                .doesNotContain("Gutscheinkarten");
        awaitConsumed(Topics.PAYMENT_EVENTS.name());
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(orderId).equals(List.of("SENT", "SENT")));
        assertThat(mailsTo(email)).hasSize(2);
        assertThat(kinds(orderId)).containsExactly("ORDER_CONFIRMED", "AUTHORIZATION_RELEASED");
    }

    @Test
    void restAnswersProblemsForUnknownIdsAndBadParameters() {
        Http.Response unknown = http.get("/api/v1/notifications/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        assertThat(http.get("/api/v1/notifications?orderId=not-a-uuid").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/notifications").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/notifications/42").status()).isEqualTo(400);
        Http.Response none = http.get("/api/v1/notifications?orderId=" + UUID.randomUUID());
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json()).isEmpty();
    }

    @Test
    void openApiDocumentIsCommittedAndCurrent() throws IOException {
        Http.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode live = docs.json();
        assertThat(live.at("/paths/~1api~1v1~1notifications/get/summary").asString()).isEqualTo("List an order's notifications");

        CommittedOpenApi.assertMatches(live);
    }

    @Test
    void anInvoiceThatCameFirstGoesWithTheShipmentsEmailAtOnce() throws Exception {
        UUID orderId = UUID.randomUUID();
        UUID fulfillmentId = UUID.randomUUID();
        String email = recipient("ines");
        publish(anOrder(orderId, email, "de"));
        publish(invoiceDocument(orderId, fulfillmentId, "RE-" + fulfillmentId));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM document WHERE order_id = ?", Long.class, orderId) == 1);

        publish(shipped(orderId, fulfillmentId, "WITH-INVOICE"));

        MimeMessage mail = mailWithSubject(awaitMails(email, 2), "ist unterwegs");
        assertThat(textOf(mail)).contains("Sendungsnummer: WITH-INVOICE");
        assertAttached(mail, "RE-" + fulfillmentId + ".pdf", pdf("RE-" + fulfillmentId));
        assertThat(waited(orderId, "SHIPPED")).isLessThan(DOCUMENT_WAIT);
        // customer service sees which file went with it
        Http agent = http.as(TestCaller.of("carla", Roles.CS_AGENT));
        String id = mail.getHeader("X-Omnidom-Notification-Id")[0];
        assertThat(agent.get("/api/v1/notifications/" + id).json().get("attachment").asString())
                .isEqualTo("RE-" + fulfillmentId + ".pdf");
    }

    @Test
    void aShipmentsEmailWaitsForItsInvoiceAndGoesWithItWhenItArrives() throws Exception {
        UUID orderId = UUID.randomUUID();
        UUID fulfillmentId = UUID.randomUUID();
        String email = recipient("jonas");
        publish(anOrder(orderId, email, "en"));
        publish(shipped(orderId, fulfillmentId, "WAITS-1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(orderId).contains("SHIPPED"));
        awaitMails(email, 1);
        assertThat(mailsTo(email)).hasSize(1); // the confirmation; the shipment's e-mail waits
        assertThat(jdbc.queryForObject("SELECT status FROM message WHERE order_id = ? AND kind = 'SHIPPED'",
                String.class, orderId)).isEqualTo("PENDING");

        // another shipment's invoice of the same order is not this one's
        publish(invoiceDocument(orderId, UUID.randomUUID(), "RE-OTHER-" + fulfillmentId));
        publish(invoiceDocument(orderId, fulfillmentId, "RE-" + fulfillmentId));

        MimeMessage mail = mailWithSubject(awaitMails(email, 2), "is on its way");
        assertAttached(mail, "RE-" + fulfillmentId + ".pdf", pdf("RE-" + fulfillmentId));
        // it went when the invoice came, not when the wait ended
        assertThat(waited(orderId, "SHIPPED")).isLessThan(DOCUMENT_WAIT);
    }

    @Test
    void aShipmentWithoutAnInvoiceIsMailedWithoutOnceTheWaitIsOver() throws Exception {
        UUID orderId = UUID.randomUUID();
        String email = recipient("karl");
        publish(anOrder(orderId, email, "en"));
        publish(shipped(orderId, UUID.randomUUID(), "NO-INVOICE"));

        MimeMessage mail = mailWithSubject(awaitMails(email, 2), "is on its way");
        assertThat(mail.getContent()).as("a plain text e-mail, nothing attached").isInstanceOf(String.class);
        assertThat(waited(orderId, "SHIPPED")).isGreaterThanOrEqualTo(DOCUMENT_WAIT);
        assertThat(statuses(orderId)).containsExactly("SENT", "SENT");
        String id = mail.getHeader("X-Omnidom-Notification-Id")[0];
        assertThat(http.get("/api/v1/notifications/" + id).json().get("attachment").isNull()).isTrue();
    }

    @Test
    void theReturnsCreditNoteGoesWithTheRefundsEmail() throws Exception {
        UUID orderId = UUID.randomUUID();
        UUID returnId = UUID.randomUUID();
        String email = recipient("lena");
        publish(anOrder(orderId, email, "de"));
        publish(refund(orderId, returnId, "34.50"));
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(orderId).contains("REFUNDED"));

        publish(creditNoteDocument(orderId, returnId, "CN-" + returnId));

        MimeMessage mail = mailWithSubject(awaitMails(email, 2), "Erstattung");
        assertThat(textOf(mail)).contains("wir haben Ihnen 34,50\u00a0€ zu Ihrer Bestellung");
        assertAttached(mail, "CN-" + returnId + ".pdf", pdf("CN-" + returnId));
        assertThat(waited(orderId, "REFUNDED")).isLessThan(DOCUMENT_WAIT);
    }

    /**
     * The credit note and the refund come on different topics, in different consumers: here the credit note's
     * transaction is still open when the refund is recorded. The refund waits for it and goes with it, instead of
     * missing the uncommitted file and waiting out its whole wait (a race seen in the system tests).
     */
    @Test
    void aRefundRecordedWhileItsCreditNoteCommitsGoesWithIt() throws Exception {
        UUID orderId = UUID.randomUUID();
        UUID returnId = UUID.randomUUID();
        String email = recipient("maren");
        publish(anOrder(orderId, email, "en"));
        awaitMails(email, 1);
        CountDownLatch kept = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> creditNote = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            attachDocument.documentIssued(new IssuedDocument(orderId, DocumentKind.CREDIT_NOTE, "CN-" + returnId, null,
                    returnId, "en", "CN-" + returnId + ".pdf", "application/pdf", pdf("CN-" + returnId)));
            kept.countDown();
            awaitQuietly(commit);
        }));
        assertThat(kept.await(30, TimeUnit.SECONDS)).isTrue();

        publish(refund(orderId, returnId, "12.00"));
        // the refund is handled while the credit note is uncommitted: recorded, or waiting for the credit note's lock
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(orderId).contains("REFUNDED") || jdbc.queryForObject(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", Long.class) > 0);
        commit.countDown();
        creditNote.get(30, TimeUnit.SECONDS);

        MimeMessage mail = mailWithSubject(awaitMails(email, 2), "Refund");
        assertAttached(mail, "CN-" + returnId + ".pdf", pdf("CN-" + returnId));
        assertThat(waited(orderId, "REFUNDED")).isLessThan(DOCUMENT_WAIT);
    }

    @Test
    void remindsOfAnOverdueInvoiceInGermanOncePerLevel() throws Exception {
        UUID orderId = UUID.randomUUID();
        String email = recipient("mia");
        publish(anOrder(orderId, email, "de"));
        var notice = dunningNotice(orderId, "INV-DE-2025-000318", 2, "164.95", "5.00", LocalDate.of(2025, 4, 1));
        publish(notice);
        publish(notice);
        publish(dunningNotice(orderId, "INV-DE-2025-000318", 2, "164.95", "5.00", LocalDate.of(2025, 4, 1)));

        MimeMessage mail = mailWithSubject(awaitMails(email, 2), "Zahlungserinnerung");
        assertThat(mail.getSubject()).isEqualTo("2. Zahlungserinnerung zu Ihrer Rechnung INV-DE-2025-000318 (Bestellung WEB-"
                + orderId.toString().substring(0, 8) + ")");
        assertThat(textOf(mail)).startsWith("Hallo Anna Müller,")
                .contains("Offener Betrag: 164,95\u00a0€", "Mahngebühr dieser Stufe: 5,00\u00a0€", "Bitte zahlen Sie bis: 01.04.2025");
        awaitConsumed(Topics.PAYMENT_EVENTS.name());
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(orderId).equals(List.of("SENT", "SENT")));
        assertThat(kinds(orderId)).containsExactly("ORDER_CONFIRMED", "DUNNING_REMINDER");
        assertThat(mailsTo(email)).hasSize(2);

        // the next level is news again
        publish(dunningNotice(orderId, "INV-DE-2025-000318", 3, "169.95", "5.00", LocalDate.of(2025, 4, 15)));
        assertThat(mailWithSubject(awaitMails(email, 3), "3. Zahlungserinnerung").getSubject()).contains("INV-DE-2025-000318");
    }

    /** The text of a plain or a multipart e-mail. */
    private static String textOf(MimeMessage mail) throws Exception {
        if (mail.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).isMimeType("text/plain")) return (String) multipart.getBodyPart(i).getContent();
            }
            throw new AssertionError("no text part");
        }
        return (String) mail.getContent();
    }

    /** The e-mail is multipart with the text and this one file, named and byte for byte. */
    private static void assertAttached(MimeMessage mail, String fileName, byte[] bytes) throws Exception {
        assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
        MimeMultipart multipart = (MimeMultipart) mail.getContent();
        List<Part> files = new java.util.ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) files.add(part);
        }
        assertThat(files).hasSize(1);
        Part file = files.getFirst();
        assertThat(file.getFileName()).isEqualTo(fileName);
        assertThat(file.isMimeType("application/pdf")).isTrue();
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(bytes);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("not released within 60 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How long the order's message of this kind waited between being recorded and being sent. */
    private Duration waited(UUID orderId, String kind) {
        // the SMTP server has the e-mail a moment before the sender's transaction records it SENT
        Map<String, Object> row = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForMap(
                "SELECT created_at, sent_at FROM message WHERE order_id = ? AND kind = ?", orderId, kind),
                r -> r.get("sent_at") != null);
        return Duration.between(((java.sql.Timestamp) row.get("created_at")).toInstant(),
                ((java.sql.Timestamp) row.get("sent_at")).toInstant());
    }

    /** "Omnidom Berlin Mitte", Alexanderplatz 1, 10178 Berlin, in Europe/Berlin: once the replica holds it. */
    private String aStoreInTheReplica() {
        String storeId = "STORE-" + UUID.randomUUID().toString().substring(0, 8);
        publish(aStore(storeId, "Omnidom Berlin Mitte"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM store_location WHERE id = ? AND time_zone = 'Europe/Berlin'", Long.class, storeId) == 1);
        return storeId;
    }

    private void publish(ContractEvent event) {
        wire.publish(event);
    }

    /** An order id whose events land on the same partition of order.events.v1 as {@code other}'s. */
    private UUID onTheOrderPartitionOf(UUID other) {
        int partitions = Topics.ORDER_EVENTS.partitions();
        while (true) {
            UUID candidate = UUID.randomUUID();
            if (partition(candidate, partitions) == partition(other, partitions)) return candidate;
        }
    }

    private static int partition(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static String recipient(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static List<MimeMessage> awaitMails(String email, int count) {
        await().atMost(Duration.ofSeconds(45)).until(() -> mailsTo(email).size() >= count);
        return mailsTo(email);
    }

    private static MimeMessage mailWithSubject(List<MimeMessage> mails, String part) throws Exception {
        for (MimeMessage mail : mails) {
            if (mail.getSubject().contains(part)) return mail;
        }
        throw new AssertionError("no mail with '" + part + "' in its subject");
    }

    private List<String> kinds(UUID orderId) {
        return jdbc.queryForList("SELECT kind FROM message WHERE order_id = ? ORDER BY created_at", String.class, orderId);
    }

    private List<String> statuses(UUID orderId) {
        return jdbc.queryForList("SELECT status FROM message WHERE order_id = ? ORDER BY created_at", String.class, orderId);
    }

    private int attempts(UUID orderId) {
        return jdbc.queryForList("SELECT attempts FROM message WHERE order_id = ?", Integer.class, orderId)
                .stream().mapToInt(Integer::intValue).sum();
    }

    /** Waits until the service's consumer group committed everything on the topic: each record was processed. */
    private void awaitConsumed(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, wire.bootstrap()))) {
            List<TopicPartition> partitions = IntStream.range(0, 3).mapToObj(p -> new TopicPartition(topic, p)).toList();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                var ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()))).all().get();
                var committed = admin.listConsumerGroupOffsets(NotificationServiceApplication.NAME)
                        .partitionsToOffsetAndMetadata().get();
                return partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                        || committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset());
            });
        }
    }

    private static GreenMail started() {
        GreenMail server = new GreenMail(SMTP);
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
