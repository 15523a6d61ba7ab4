package com.omnidom.order.shopify;

import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.events.TaxCategory;
import com.omnidom.order.OrderTestClient;
import com.omnidom.order.TestCatalog;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.Wire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shopify's own orders/create test notification ({@code shopify/orders-create-test-notification.json}, the payload
 * Shopify's admin sends with "Send test notification": two iPods at 199.00, 5.00 off the second, 10.00 shipping, 403.00
 * paid, cancelled, a test order), signed and posted as Shopify posts it; then the same order as a live one, and with
 * what the shop says was paid changed. Test orders are rejected here (the default setting).
 */
@OmnidomServiceTest
@TestPropertySource(properties = "omnidom.order.shopify.secret=" + ShopifyTestPayloadIT.SECRET)
class ShopifyTestPayloadIT {

    static final String SECRET = "shpss_payload_secret";
    static final TestCaller WEB_SHOP = TestCaller.of("eshop-web", "channel").withChannel("WEB_SHOP");
    static final TestCaller MARKETPLACE = TestCaller.of("marketplace", "channel").withChannel("MARKETPLACE");

    private final Http http;
    private final Wire wire;
    private final JdbcTemplate jdbc;
    private final OrderTestClient client;

    ShopifyTestPayloadIT(Http http, Wire wire, @Autowired JdbcTemplate jdbc) {
        this.http = http;
        this.wire = wire;
        this.jdbc = jdbc;
        this.client = new OrderTestClient(http, jdbc);
    }

    /** The shop sells in USD to the US: the test payload's article, at its price, as catalog-service would publish it. */
    @BeforeEach
    void catalog() {
        TestCatalog.seed(wire, jdbc);
        TestCatalog.publish(wire, jdbc, new ArticleChanged(UUID.randomUUID(), Instant.now(), "IPOD2008PINK", 1,
                ArticleChanged.ArticleKind.PHYSICAL, List.of(new ArticleChanged.Text("en", "IPod Nano - 8GB", null)),
                List.of(), List.of("DE", "AT", "FR", "US"), TestCatalog.SINCE, null, List.of(), List.of(),
                List.of(new ArticleChanged.Price("WEB", "EUR", new BigDecimal("23.80"), TestCatalog.SINCE, null),
                        new ArticleChanged.Price("WEB", "USD", new BigDecimal("199.00"), TestCatalog.SINCE, null)),
                true, TaxCategory.STANDARD));
    }

    @Test
    void theTestNotificationIsStoredRejectedAsCancelledAndATestOrderAndAnswered200() {
        String payload = testPayload();

        Http.Response answer = deliver(payload, "wh-test-1");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode order = answer.json();
        assertThat(order.get("orderNumber").asString()).isEqualTo("SHOPIFY-820982911946154508");
        assertThat(order.get("status").asString()).isEqualTo("REJECTED");
        String id = order.get("id").asString();
        assertThat(client.eventTypes(id)).containsExactly("omnidom.order.order-rejected.v1");
        JsonNode rejected = client.lastEvent(id, "omnidom.order.order-rejected.v1");
        assertThat(rejected.get("reasons").valueStream().map(JsonNode::asString).toList())
                .containsExactly("CANCELLED_IN_CHANNEL", "TEST_ORDER");
        // its money is kept as the shop gave it, even though it is never fulfilled
        assertThat(order.get("total").asString()).isEqualTo("403.00");
        assertThat(order.at("/charges/0/amount").asString()).isEqualTo("10.00");

        Http.Response again = deliver(payload, "wh-test-2");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(id);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE order_number = 'SHOPIFY-820982911946154508'",
                Long.class)).isOne();
    }

    @Test
    void theSameOrderLiveKeepsItsMoneyExactOnTheOrderAndInOrderAccepted() {
        String payload = live(820982911946154601L, o -> o.put("financial_status", "paid"));

        Http.Response answer = deliver(payload, "wh-live-1");

        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        JsonNode order = answer.json();
        assertThat(order.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(order.get("currency").asString()).isEqualTo("USD");
        assertThat(order.at("/lines/0/sku").asString()).isEqualTo("IPOD2008PINK");
        assertThat(order.at("/lines/0/unitPrice").asString()).isEqualTo("199.00");
        assertThat(order.at("/lines/0/discounts").size()).isZero();
        assertThat(order.at("/lines/1/sku").asString()).as("the shop's SKU, not the variant id").isEqualTo("IPOD2008PINK");
        assertThat(order.at("/lines/1/unitPrice").asString()).isEqualTo("194.00");
        assertThat(order.at("/lines/1/listPrice").asString()).isEqualTo("199.00");
        assertThat(order.at("/lines/1/discounts/0/code").asString()).isEqualTo("Discount");
        assertThat(order.at("/lines/1/discounts/0/amount").asString()).isEqualTo("5.00");
        assertThat(order.at("/charges/0/chargeId").asString()).isEqualTo("S1");
        assertThat(order.at("/charges/0/type").asString()).isEqualTo("SHIPPING");
        assertThat(order.at("/charges/0/name").asString()).isEqualTo("Generic Shipping");
        assertThat(order.at("/charges/0/amount").asString()).isEqualTo("10.00");
        assertThat(order.get("total").asString()).isEqualTo("403.00");
        assertThat(order.get("tenders").size()).isOne();
        assertThat(order.at("/tenders/0/type").asString()).isEqualTo("CARD");
        assertThat(order.at("/tenders/0/amount").asString()).isEqualTo("403.00");
        assertThat(order.at("/tenders/0/reference").asString()).isEqualTo("shopify:820982911946154601:visa,bogus");

        JsonNode accepted = OrderTestClient.acceptedOnTheWire(wire, order.get("id").asString());
        assertThat(accepted.get("total").asString()).isEqualTo("403.00");
        assertThat(accepted.at("/lines/1/unitPrice").asString()).isEqualTo("194.00");
        assertThat(accepted.at("/lines/1/discounts/0/amount").asString()).isEqualTo("5.00");
        assertThat(accepted.at("/charges/0/chargeId").asString()).isEqualTo("S1");
        assertThat(accepted.at("/charges/0/type").asString()).isEqualTo("SHIPPING");
        assertThat(accepted.at("/charges/0/amount").asString()).isEqualTo("10.00");
        assertThat(accepted.at("/charges/0/taxRate").asString()).isEqualTo("0");
        assertThat(accepted.at("/tenders/0/amount").asString()).isEqualTo("403.00");
        BigDecimal lines = accepted.get("lines").valueStream().map(l -> new BigDecimal(l.get("unitPrice").asString())
                .multiply(BigDecimal.valueOf(l.get("quantity").asInt()))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal charges = accepted.get("charges").valueStream().map(c -> new BigDecimal(c.get("amount").asString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(lines.add(charges)).isEqualByComparingTo(accepted.get("total").asString());
    }

    @Test
    void whenWhatTheShopSaysWasPaidIsNotWhatTheOrderCostsTheOrderIsHeldForReview() {
        String payload = live(820982911946154602L, o -> o.put("financial_status", "paid").put("total_price", "398.00"));

        Http.Response answer = deliver(payload, "wh-live-2");

        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        JsonNode order = answer.json();
        String id = order.get("id").asString();
        assertThat(order.get("status").asString()).isEqualTo("HELD");
        assertThat(order.get("total").asString()).isEqualTo("403.00");
        assertThat(order.at("/tenders/0/amount").asString()).isEqualTo("398.00");
        assertThat(client.eventTypes(id)).containsExactly("omnidom.order.order-held.v1");
        assertThat(client.lastEvent(id, "omnidom.order.order-held.v1").get("reasons").valueStream()
                .map(JsonNode::asString).toList()).containsExactly("TENDER_MISMATCH");
        JsonNode review = http.as(TestCaller.of("rick", "risk-reviewer")).get("/api/v1/risk/reviews/" + id).json();
        assertThat(review.at("/reasons/0/code").asString()).isEqualTo("TENDER_MISMATCH");
        assertThat(review.at("/reasons/0/detail").asString()).contains("403.00").contains("398.00");
    }

    @Test
    void aPendingPaymentIsOnAccountAndShopsFindTheirOrderByTheirNumber() {
        String payload = live(820982911946154603L, o -> o.put("financial_status", "pending"));

        JsonNode order = deliver(payload, "wh-live-3").json();

        assertThat(order.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(order.at("/tenders/0/type").asString()).isEqualTo("ON_ACCOUNT");
        assertThat(order.at("/tenders/0/amount").asString()).isEqualTo("403.00");
        assertThat(order.at("/tenders/0/reference").isNull()).isTrue();

        String byNumber = "/api/v1/orders?orderNumber=SHOPIFY-820982911946154603";
        JsonNode own = http.as(WEB_SHOP).get(byNumber).json();
        assertThat(own.get("items").size()).isOne();
        assertThat(own.at("/items/0/id").asString()).isEqualTo(order.get("id").asString());
        assertThat(http.as(MARKETPLACE).get(byNumber).json().get("items").size())
                .as("another channel does not see the shop's order").isZero();
        assertThat(http.as(TestCaller.of("carla", "cs-agent")).get(byNumber).json().get("items").size()).isOne();
    }

    /** The test notification made live: its own id, not cancelled, not a test, then {@code edit}ed. */
    private String live(long id, Consumer<ObjectNode> edit) {
        ObjectNode o = (ObjectNode) Http.JSON.readTree(testPayload());
        o.put("id", id).put("test", false).putNull("cancelled_at").putNull("cancel_reason");
        edit.accept(o);
        return Http.JSON.writeValueAsString(o);
    }

    static String testPayload() {
        try (InputStream in = ShopifyTestPayloadIT.class.getResourceAsStream("/shopify/orders-create-test-notification.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Http.Response deliver(String body, String webhookId) {
        return ShopifyIT.signedAndDelivered(http, body, SECRET, webhookId);
    }
}
