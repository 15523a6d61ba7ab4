package com.omnidom.payment.payments;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.Topics;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.payment.payments.application.GiftCardLedger;
import com.omnidom.payment.payments.application.LoyaltyLedger;
import com.omnidom.payment.payments.application.PointsProperties;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.psp.PspSimulator;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterEach;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service with a real broker, a fresh database and the PSP simulator in this JVM on a random port, plus the
 * steps the payment integration tests share: publish an event, read payment.events.v1, count rows.
 */
@OmnidomServiceTest
@TestPropertySource(properties = {
        "omnidom.kafka.retry-backoff=100ms", "omnidom.kafka.retry-max-backoff=500ms",
        "omnidom.payment.psp.retry.initial-wait=20ms", "omnidom.payment.psp.read-timeout=1s",
        // pending intents are taken by the recovery job after 1 s, and tried again at most 2 s later
        "omnidom.payment.intents.grace=1s", "omnidom.payment.intents.recovery-interval=200ms",
        "omnidom.payment.intents.max-backoff=2s",
        // the fault tests fail on purpose: keep the breaker closed for them
        "omnidom.payment.psp.circuit-breaker.sliding-window-size=100",
        "omnidom.payment.psp.circuit-breaker.minimum-number-of-calls=100"})
abstract class PaymentServiceWithPsp {

    /** One simulator for the test JVM (authorisation ids are unique per test); faults are reset after each test. */
    static final PspSimulator PSP = start();

    private static PspSimulator start() {
        try {
            PspSimulator psp = PspSimulator.start(PspSimulator.Options.defaults().withPort(0));
            Runtime.getRuntime().addShutdownHook(new Thread(psp::close));
            return psp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void psp(DynamicPropertyRegistry registry) {
        registry.add("omnidom.payment.psp.base-url", PSP::baseUrl);
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    JdbcTemplate jdbc;

    final EventCodec codec = new EventCodec();
    KafkaProducer<String, byte[]> producer;
    Http http;

    @BeforeEach
    void connect() {
        producer = TopicProbe.producer(bootstrap);
        http = new Http(port);
    }

    @AfterEach
    void disconnect() {
        producer.close();
        PSP.faults().update(0, 0, 0.0, 0L);
    }

    @Autowired
    GiftCardLedger giftCards;

    @Autowired
    LoyaltyLedger loyalty;

    @Autowired
    PointsProperties points;

    /**
     * Sends the event; for an accepted order, its gift cards and loyalty accounts are first loaded (by finance, through
     * the ledgers) with what the order redeems from them, as a shop takes only what they hold. {@link #sendAsIs} sends
     * without.
     */
    Future<?> send(ContractEvent event) {
        if (event instanceof OrderAccepted order) {
            order.tenders().stream().filter(t -> t.type() == OrderAccepted.TenderType.GIFT_CARD)
                    .forEach(t -> giftCards.load(t.reference(), t.amount(), order.currency(), "test-set-up"));
            order.tenders().stream().filter(t -> t.type() == OrderAccepted.TenderType.BONUS_POINTS)
                    .forEach(t -> loyalty.credit(t.reference(), t.amount().divide(points.required(order.currency())),
                            order.currency(), "test-set-up"));
        }
        return sendAsIs(event);
    }

    Future<?> sendAsIs(ContractEvent event) {
        return producer.send(TopicProbe.record(event, codec.toJson(event)));
    }

    void publish(ContractEvent event) {
        waitFor(send(event));
    }

    /** Sends without loading the order's gift cards and loyalty accounts first. */
    void publishAsIs(ContractEvent event) {
        waitFor(sendAsIs(event));
    }

    private static void waitFor(Future<?> sent) {
        try {
            sent.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void awaitPayment(UUID orderId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> rows("payment", orderId) == 1);
    }

    long rows(String table, UUID orderId) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE order_id = ?", Long.class, orderId);
    }

    List<ConsumerRecord<String, byte[]>> paymentEvents(UUID orderId, int count) {
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.atLeast(bootstrap, Topics.PAYMENT_EVENTS.name(), count,
                orderId.toString());
        assertThat(events).as("events of order " + orderId).hasSizeGreaterThanOrEqualTo(count);
        return events;
    }

    static List<JsonNode> bodies(List<ConsumerRecord<String, byte[]>> events, String type) {
        return events.stream().filter(e -> type.equals(TopicProbe.header(e, CloudEventHeaders.TYPE)))
                .map(e -> Http.JSON.readTree(e.value())).toList();
    }

    /** An invoice or credit note of the order as PDF, as the caller downloads it. */
    HttpResponse<byte[]> download(UUID orderId, String number, TestCaller caller) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/payments/" + orderId
                            + "/documents/" + number)).header("Authorization", "Bearer " + caller.token()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** The text of every page of a PDF (OpenPDF's extractor). */
    static String text(byte[] pdf) throws Exception {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) text.append(extractor.getTextFromPage(page)).append('\n');
            return text.toString();
        }
    }
}
