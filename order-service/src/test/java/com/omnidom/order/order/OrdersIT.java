package com.omnidom.order.order;

import com.omnidom.testsupport.Wire;
import com.omnidom.order.TestCatalog;
import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.Topics;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.testsupport.CommittedOpenApi;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.omnidom.order.SampleOrders.aTwoLineOrder;
import static com.omnidom.order.SampleOrders.aWebOrder;
import static com.omnidom.order.SampleOrders.delivery;
import static com.omnidom.order.SampleOrders.line;
import static org.assertj.core.api.Assertions.assertThat;

@OmnidomServiceTest
class OrdersIT {

    /** Orders are checked against the catalog: the sample orders' articles, published as catalog-service would. */
    @BeforeEach
    void articlesInTheReplica(Wire wire, @Autowired JdbcTemplate jdbcTemplate) {
        TestCatalog.seed(wire, jdbcTemplate);
    }

    private static final String ORDERS = "/api/v1/orders";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventCodec codec;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void acceptsAnOrderAndPublishesOrderAcceptedWithCloudEventsHeaders() {
        Http.Response created = http.post(ORDERS, aWebOrder("WEB-100001"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode order = created.json();
        String id = order.get("id").asString();
        assertThat(created.headers().getLocation()).hasToString("/api/v1/orders/" + id);
        assertThat(order.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(order.get("total").asString()).isEqualTo("39.98");
        assertThat(order.get("capturedAmount").asString()).isEqualTo("0.00");
        assertThat(order.get("refundedAmount").asString()).isEqualTo("0.00");
        assertThat(order.at("/lines/0/lineId").asString()).isEqualTo("1");
        assertThat(order.at("/lines/0/unitPrice").asString()).isEqualTo("19.99");
        assertThat(order.at("/lines/0/quantities/ordered").asInt()).isEqualTo(2);
        assertThat(order.at("/lines/0/quantities/shipped").asInt()).isZero();
        assertThat(order.at("/tenders/1/amount").asString()).isEqualTo("10.00");
        assertThat(order.at("/delivery/address/city").asString()).isEqualTo("Berlin");
        assertThat(order.at("/customer/email").asString()).isEqualTo("anna@example.com");
        assertThat(order.at("/timeline/0/type").asString()).isEqualTo("OrderAccepted");
        assertThat(order.get("fulfillments").isEmpty()).isTrue();
        assertThat(http.get(ORDERS + "/" + id).json()).isEqualTo(order);

        ConsumerRecord<String, byte[]> record = TopicProbe.atLeast(bootstrap, Topics.ORDER_EVENTS.name(), 1, id).getFirst();
        assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("omnidom.order.order-accepted.v1");
        assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(TopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/omnidom/order-service");
        assertThat(TopicProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicProbe.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(TopicProbe.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        OrderAccepted accepted = codec.read(record, OrderAccepted.class);
        assertThat(TopicProbe.header(record, CloudEventHeaders.ID)).isEqualTo(accepted.eventId().toString());
        assertThat(accepted.orderId()).hasToString(id);
        assertThat(accepted.orderNumber()).isEqualTo("WEB-100001");
        assertThat(accepted.channel()).isEqualTo(OrderAccepted.Channel.WEB_SHOP);
        assertThat(accepted.total()).isEqualByComparingTo("39.98");
        assertThat(accepted.lines()).as("the tax category is the article's in the catalog").containsExactly(
                new OrderAccepted.Line("1", "A-000001", 2, new java.math.BigDecimal("19.99"), new java.math.BigDecimal("0.19"),
                        com.omnidom.events.TaxCategory.STANDARD));
        assertThat(accepted.tenders()).extracting(OrderAccepted.Tender::tenderId, OrderAccepted.Tender::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", OrderAccepted.TenderType.CARD),
                        org.assertj.core.groups.Tuple.tuple("2", OrderAccepted.TenderType.GIFT_CARD));
        assertThat(accepted.delivery().mode()).isEqualTo(OrderAccepted.DeliveryMode.SHIP);
        assertThat(accepted.delivery().geo().latitude()).isEqualTo(52.53);
        assertThat(accepted.customer().language()).isEqualTo("de");
        // amounts travel as plain decimal strings
        JsonNode body = Http.JSON.readTree(record.value());
        assertThat(body.get("total").isString()).isTrue();
        assertThat(body.at("/lines/0/unitPrice").asString()).isEqualTo("19.99");
    }

    @Test
    void aPromisedExpressDeliveryIsStoredShownAndPublished() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        ObjectNode request = aWebOrder("WEB-PROMISE-1");
        delivery(request).put("express", true).put("promiseDate", today.toString());

        Http.Response created = http.post(ORDERS, request);

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(http.get(ORDERS + "/" + id).json().at("/delivery/promiseDate").asString()).isEqualTo(today.toString());
        assertThat(jdbc.queryForObject("SELECT delivery->>'promiseDate' FROM customer_order WHERE id = ?::uuid", String.class, id))
                .isEqualTo(today.toString());
        OrderAccepted accepted = codec.read(TopicProbe.atLeast(bootstrap, Topics.ORDER_EVENTS.name(), 1, id).getFirst(),
                OrderAccepted.class);
        assertThat(accepted.delivery().promiseDate()).isEqualTo(today);
        assertThat(accepted.delivery().express()).isTrue();
    }

    @Test
    void aPromiseForADayThatHasPassedIs422NamingTheFieldAndWritesNothing() {
        ObjectNode request = aWebOrder("WEB-PROMISE-PAST");
        delivery(request).put("promiseDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString());

        Http.Response rejected = http.post(ORDERS, request);

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(fields(rejected)).containsExactly("delivery.promiseDate");
        assertThat(ordersNumbered("WEB-PROMISE-PAST")).isZero();
    }

    @Test
    void fieldsTheServerOwnsAreIgnored() {
        ObjectNode request = aWebOrder("WEB-OWNED");
        request.put("id", "00000000-0000-0000-0000-000000000001").put("status", "COMPLETED").put("capturedAmount", "39.98");
        line(request, 0).put("lineId", "9").putObject("quantities").put("shipped", 2);

        Http.Response created = http.post(ORDERS, request);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asString()).isNotEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(created.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(created.json().at("/lines/0/lineId").asString()).isEqualTo("1");
        assertThat(created.json().at("/lines/0/quantities/shipped").asInt()).isZero();
        assertThat(created.json().get("capturedAmount").asString()).isEqualTo("0.00");
    }

    @Test
    void brokenRulesAreRejectedNamingEachFieldAndWriteNothing() {
        ObjectNode badLine = aWebOrder("WEB-BAD-1");
        line(badLine, 0).put("quantity", 1000).put("unitPrice", "19.999").put("taxRate", "1.5");
        ObjectNode underpaid = aWebOrder("WEB-BAD-2");
        ((ObjectNode) underpaid.get("tenders").get(0)).put("amount", "20.00");
        ObjectNode shipWithoutAddress = aWebOrder("WEB-BAD-3");
        delivery(shipWithoutAddress).remove("address");
        ObjectNode pickupWithoutStore = aWebOrder("WEB-BAD-4");
        delivery(pickupWithoutStore).put("mode", "PICKUP");
        ObjectNode noLines = aWebOrder("WEB-BAD-5");
        noLines.putArray("lines");
        ObjectNode badCurrency = aWebOrder("WEB-BAD-6");
        badCurrency.put("currency", "XYZ");
        long ordersBefore = count("customer_order");
        long eventsBefore = count("outbox");

        assertThat(fields(rejected(422, badLine, "key-bad-1"))).containsExactly("lines[0].quantity", "lines[0].unitPrice", "lines[0].taxRate");
        assertThat(fields(rejected(422, underpaid, null))).containsExactly("tenders");
        assertThat(fields(rejected(422, shipWithoutAddress, null))).containsExactly("delivery.address");
        assertThat(fields(rejected(422, pickupWithoutStore, null))).containsExactly("delivery.pickupLocationId");
        assertThat(fields(rejected(422, noLines, null))).containsExactly("lines");
        assertThat(fields(rejected(422, badCurrency, null))).containsExactly("currency");

        assertThat(count("customer_order")).isEqualTo(ordersBefore);
        assertThat(count("outbox")).isEqualTo(eventsBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotent_request WHERE idempotency_key = 'key-bad-1'", Long.class)).isZero();
    }

    @Test
    void missingOrUnreadableFieldsAreBadRequests() {
        ObjectNode noCustomer = aWebOrder("WEB-400-1");
        noCustomer.remove("customer");
        ObjectNode unreadableQuantity = aWebOrder("WEB-400-2");
        line(unreadableQuantity, 0).put("quantity", "two");
        ObjectNode noUnitPrice = aWebOrder("WEB-400-3");
        line(noUnitPrice, 0).remove("unitPrice");

        assertThat(fields(rejected(400, noCustomer, null))).containsExactly("customer");
        assertThat(fields(rejected(400, unreadableQuantity, null))).containsExactly("lines[0].quantity");
        assertThat(fields(rejected(400, noUnitPrice, null))).containsExactly("lines[0].unitPrice");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE order_number LIKE 'WEB-400-%'", Long.class)).isZero();
    }

    @Test
    void sameIdempotencyKeyAndBodyAnswersTheFirstAnswerAgain() {
        Map<String, String> key = Map.of("Idempotency-Key", "retry-1");
        Http.Response first = http.post(ORDERS, aWebOrder("WEB-RETRY"), key);
        // the same content written differently: other key order, an ignored field
        ObjectNode reordered = (ObjectNode) Http.JSON.readTree("{\"priority\":false,\"status\":\"X\"}");
        aWebOrder("WEB-RETRY").properties().forEach(e -> reordered.set(e.getKey(), e.getValue()));
        Http.Response again = http.post(ORDERS, reordered, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.headers().getLocation()).isEqualTo(first.headers().getLocation());
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ordersNumbered("WEB-RETRY")).isEqualTo(1);
        assertThat(eventsOf(first.json().get("id").asString())).isEqualTo(1);
    }

    @Test
    void concurrentRequestsWithOneKeyMakeOneOrderAndOneEvent() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", "race-1");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Http.Response> post = () -> {
            start.await();
            return http.post(ORDERS, aWebOrder("WEB-RACE"), key);
        };
        List<Http.Response> answers;
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<Http.Response>> futures = List.of(pool.submit(post), pool.submit(post), pool.submit(post));
            start.countDown();
            answers = futures.stream().map(OrdersIT::join).toList();
        }

        assertThat(answers).extracting(Http.Response::status).containsExactly(201, 201, 201);
        assertThat(answers).extracting(a -> a.json().get("id").asString()).containsOnly(answers.getFirst().json().get("id").asString());
        assertThat(answers).extracting(Http.Response::json).containsOnly(answers.getFirst().json());
        assertThat(ordersNumbered("WEB-RACE")).isEqualTo(1);
        String id = answers.getFirst().json().get("id").asString();
        assertThat(eventsOf(id)).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> published = TopicProbe.read(bootstrap, Topics.ORDER_EVENTS.name(), List.of(id),
                Duration.ofSeconds(5), seen -> seen.size() > 1);
        assertThat(published).hasSize(1);
    }

    @Test
    void sameIdempotencyKeyWithADifferentBodyIsRejected() {
        Map<String, String> key = Map.of("Idempotency-Key", "reused-1");
        http.post(ORDERS, aWebOrder("WEB-REUSED"), key);
        ObjectNode other = aWebOrder("WEB-REUSED");
        line(other, 0).put("quantity", 1);
        ((ObjectNode) other.get("tenders").get(0)).put("amount", "9.99");

        Http.Response rejected = http.post(ORDERS, other, key);

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(fields(rejected)).containsExactly("Idempotency-Key");
        assertThat(ordersNumbered("WEB-REUSED")).isEqualTo(1);
    }

    @Test
    void aChannelsOrderNumberIsTakenOnce() {
        assertThat(http.post(ORDERS, aWebOrder("WEB-TWICE")).status()).isEqualTo(201);

        Http.Response again = http.post(ORDERS, aWebOrder("WEB-TWICE"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(ordersNumbered("WEB-TWICE")).isEqualTo(1);
    }

    @Test
    void listsACustomersOrdersNewestFirstFilteredByStatusAndPaged() {
        ObjectNode first = aTwoLineOrder("POS-1", 1);
        ((ObjectNode) first.get("customer")).put("customerId", "C-LIST");
        ObjectNode second = aTwoLineOrder("POS-2", 2);
        ((ObjectNode) second.get("customer")).put("customerId", "C-LIST");
        http.post(ORDERS, first);
        http.post(ORDERS, second);

        JsonNode page = http.get(ORDERS + "?customerId=C-LIST&status=ACCEPTED&size=1").json();
        JsonNode none = http.get(ORDERS + "?customerId=C-LIST&status=COMPLETED").json();

        assertThat(page.get("items").get(0).get("orderNumber").asString()).isEqualTo("POS-2");
        assertThat(page.get("items").get(0).get("total").asString()).isEqualTo("30.00");
        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(none.get("items").isEmpty()).isTrue();
        assertThat(http.get(ORDERS + "?size=500").status()).isEqualTo(400);
    }

    @Test
    void unknownOrderIsNotFound() {
        assertThat(http.get(ORDERS + "/6c0a3f4e-2a6b-4c8e-9d3c-000000000000").status()).isEqualTo(404);
    }

    @Test
    void publishesTheCommittedOpenApiDocument() throws Exception {
        Http.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode live = docs.json();
        assertThat(live.at("/paths/~1api~1v1~1orders/post/summary").asString()).isEqualTo("Place an order");

        CommittedOpenApi.assertMatches(live);
    }

    private Http.Response rejected(int status, ObjectNode body, String idempotencyKey) {
        Http.Response answer = idempotencyKey == null ? http.post(ORDERS, body)
                : http.post(ORDERS, body, Map.of("Idempotency-Key", idempotencyKey));
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        return answer;
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private long ordersNumbered(String orderNumber) {
        return jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE order_number = ?", Long.class, orderNumber);
    }

    private long eventsOf(String orderId) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE aggregatetype = ? AND aggregateid = ?", Long.class,
                Topics.ORDER_EVENTS.name(), orderId);
    }

    private static List<String> fields(Http.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static Http.Response join(Future<Http.Response> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
