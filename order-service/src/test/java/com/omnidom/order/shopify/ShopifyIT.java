package com.omnidom.order.shopify;

import com.omnidom.testsupport.Wire;
import com.omnidom.order.TestCatalog;
import com.omnidom.order.OrderTestClient;
import com.omnidom.order.shopify.application.ShopifySignature;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Shopify's orders/create webhook, signed as Shopify signs it. */
@OmnidomServiceTest
@TestPropertySource(properties = "omnidom.order.shopify.secret=shpss_test_secret")
class ShopifyIT {

    /** Orders are checked against the catalog: the sample orders' articles, published as catalog-service would. */
    @BeforeEach
    void articlesInTheReplica(Wire wire, @Autowired JdbcTemplate jdbcTemplate) {
        TestCatalog.seed(wire, jdbcTemplate);
    }

    static final String WEBHOOK = "/api/v1/channels/shopify/orders";
    static final String SECRET = "shpss_test_secret";

    /** Shaped like Shopify's documented Order resource (only some of its many fields). */
    static final String ORDER = """
            {"id":450789469,"admin_graphql_api_id":"gid://shopify/Order/450789469","name":"#1001","order_number":1001,
             "email":"bob.norman@example.com","phone":"+15556251199","currency":"EUR","taxes_included":false,
             "total_price":"54.00","subtotal_price":"40.00","total_tax":"7.60","browser_ip":"203.0.113.9",
             "customer_locale":"de","financial_status":"authorized","payment_gateway_names":["shopify_payments"],
             "customer":{"id":207119551,"email":"bob.norman@example.com","first_name":"Bob","last_name":"Norman",
                         "phone":"+15556251199","tags":"","currency":"EUR"},
             "billing_address":{"first_name":"Bob","last_name":"Norman","address1":"Chestnut Street 92","city":"Berlin",
                                "zip":"10115","country":"Germany","country_code":"DE"},
             "shipping_address":{"first_name":"Bob","last_name":"Norman","name":"Bob Norman","address1":"Chestnut Street 92",
                                 "address2":"Apartment 2","city":"Berlin","zip":"10115","country":"Germany","country_code":"DE",
                                 "latitude":52.53,"longitude":13.38,"phone":"+15556251199"},
             "line_items":[{"id":866550311766439020,"variant_id":808950810,"title":"IPod Nano - 8GB","quantity":2,
                            "sku":"IPOD2008PINK","price":"20.00","total_discount":"0.00",
                            "tax_lines":[{"title":"MwSt","price":"7.60","rate":0.19}]}],
             "shipping_lines":[{"code":"Standard","title":"Standard","price":"6.40"}],
             "note_attributes":[],"discount_codes":[]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void aSignedWebhookBecomesAnOrderOnceHoweverOftenItComes() {
        Http.Response created = deliver(ORDER, ShopifySignature.sign(bytes(ORDER), SECRET), "wh-1");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode order = created.json();
        assertThat(order.get("orderNumber").asString()).isEqualTo("SHOPIFY-450789469");
        assertThat(order.get("channel").asString()).isEqualTo("WEB_SHOP");
        assertThat(order.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(order.at("/customer/customerId").asString()).isEqualTo("shopify:207119551");
        assertThat(order.at("/customer/name").asString()).isEqualTo("Bob Norman");
        assertThat(order.at("/lines/0/sku").asString()).isEqualTo("IPOD2008PINK");
        assertThat(order.at("/lines/0/unitPrice").asString()).isEqualTo("23.80");
        assertThat(order.at("/lines/0/taxCategory").asString()).as("from the catalog's article").isEqualTo("STANDARD");
        assertThat(order.at("/lines/0/taxRate").asString()).isEqualTo("0.19");
        // 2 × 23.80 and 6.40 shipping: what the shop says was paid
        assertThat(order.get("total").asString()).isEqualTo("54.00");
        assertThat(order.at("/tenders/0/amount").asString()).isEqualTo("54.00");
        assertThat(order.at("/charges/0/type").asString()).isEqualTo("SHIPPING");
        assertThat(order.at("/charges/0/amount").asString()).isEqualTo("6.40");
        assertThat(order.at("/delivery/address/street").asString()).isEqualTo("Chestnut Street 92, Apartment 2");
        assertThat(order.at("/delivery/address/country").asString()).isEqualTo("DE");

        Http.Response redelivered = deliver(ORDER, ShopifySignature.sign(bytes(ORDER), SECRET), "wh-1");
        Http.Response otherWebhookSameOrder = deliver(ORDER, ShopifySignature.sign(bytes(ORDER), SECRET), "wh-2");

        assertThat(redelivered.status()).isIn(200, 201);
        assertThat(redelivered.json().get("id")).isEqualTo(order.get("id"));
        assertThat(otherWebhookSameOrder.status()).isEqualTo(200);
        assertThat(otherWebhookSameOrder.json().get("id")).isEqualTo(order.get("id"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE order_number = 'SHOPIFY-450789469'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void aWrongSignatureIs401AMissingOne400AndNeitherWritesAnything() {
        String other = ORDER.replace("450789469", "450789470");
        String tampered = other.replace("\"quantity\":2", "\"quantity\":20");

        Http.Response wrongSecret = deliver(other, ShopifySignature.sign(bytes(other), "not-the-secret"), "wh-3");
        Http.Response bodyChanged = deliver(tampered, ShopifySignature.sign(bytes(other), SECRET), "wh-4");
        Http.Response unsigned = deliver(other, null, "wh-5");

        // without the header the request is malformed rather than unauthenticated
        assertThat(unsigned.status()).isEqualTo(400);
        for (Http.Response r : new Http.Response[]{wrongSecret, bodyChanged, unsigned}) {
            if (r != unsigned) assertThat(r.status()).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE order_number = 'SHOPIFY-450789470'", Long.class))
                .isZero();
    }

    @Test
    void aSignedOrderThatCannotBeOneHereIsNamed() {
        tools.jackson.databind.node.ObjectNode withoutLines = (tools.jackson.databind.node.ObjectNode) Http.JSON.readTree(ORDER);
        withoutLines.put("id", 450789471L).putArray("line_items");
        String noLines = Http.JSON.writeValueAsString(withoutLines);
        String notJson = "{\"id\":";

        Http.Response empty = deliver(noLines, ShopifySignature.sign(bytes(noLines), SECRET), "wh-6");
        Http.Response broken = deliver(notJson, ShopifySignature.sign(bytes(notJson), SECRET), "wh-7");

        assertThat(empty.status()).as(empty.text()).isEqualTo(422);
        assertThat(OrderTestClient.fields(empty)).contains("lines");
        assertThat(broken.status()).isIn(400, 422);
        assertThat(broken.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aShopifyLineIsCheckedAgainstTheCatalogAsChannelShopify() {
        String unknown = ORDER.replace("450789469", "450789472").replace("IPOD2008PINK", "IPOD-NOT-IN-CATALOG");
        String tooCheap = ORDER.replace("450789469", "450789473").replace("\"price\":\"20.00\"", "\"price\":\"19.00\"");

        Http.Response refused = deliver(unknown, ShopifySignature.sign(bytes(unknown), SECRET), "wh-8");
        Http.Response mispriced = deliver(tooCheap, ShopifySignature.sign(bytes(tooCheap), SECRET), "wh-9");

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(OrderTestClient.fields(refused)).containsExactly("lines[0].sku");
        // 19.00 plus 19 % tax = 22.61 against the catalog's 23.80 for WEB in EUR
        assertThat(mispriced.status()).as(mispriced.text()).isEqualTo(422);
        assertThat(mispriced.json().at("/errors/0/message").asString()).isEqualTo("23.80 expected for SHOPIFY in EUR");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE order_number IN ('SHOPIFY-450789472', 'SHOPIFY-450789473')",
                Long.class)).isZero();
    }

    private Http.Response deliver(String body, String signature, String webhookId) {
        return deliver(http, body, signature, webhookId);
    }

    /** Posts the body to the webhook as Shopify does: its headers, the signature given (null: none), no bearer token. */
    static Http.Response deliver(Http http, String body, String signature, String webhookId) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("X-Shopify-Topic", "orders/create",
                "X-Shopify-Shop-Domain", "example.myshopify.com"));
        if (webhookId != null) headers.put("X-Shopify-Webhook-Id", webhookId);
        if (signature != null) headers.put("X-Shopify-Hmac-Sha256", signature);
        // Shopify sends no bearer token: the signature is its proof
        return http.anonymous().exchange(HttpMethod.POST, WEBHOOK, body, MediaType.APPLICATION_JSON, headers);
    }

    /** Posts the body signed with {@code secret}. */
    static Http.Response signedAndDelivered(Http http, String body, String secret, String webhookId) {
        return deliver(http, body, ShopifySignature.sign(bytes(body), secret), webhookId);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
