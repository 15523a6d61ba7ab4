package com.omnidom.order.order;

import com.omnidom.events.TaxCategory;
import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.order.OrderTestClient;
import com.omnidom.order.TestCatalog;
import com.omnidom.order.catalog.application.ReplicateArticles;
import com.omnidom.order.catalog.application.ReplicateLocations;
import com.omnidom.order.catalog.messaging.ArticleReplicaTranslation;
import com.omnidom.order.catalog.messaging.LocationReplicaListener;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.omnidom.order.OrderTestClient.ORDERS;
import static com.omnidom.order.SampleOrders.aWebOrder;
import static com.omnidom.order.SampleOrders.line;
import static com.omnidom.order.SampleOrders.withOneLine;
import static com.omnidom.order.TestCatalog.SINCE;
import static com.omnidom.order.TestCatalog.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders held against the replica of the catalog (articles published on {@code catalog.articles.v1} as catalog-service
 * would): unknown, inactive, expired, not sold there, not priced, mispriced lines are 422 naming the line; the tax
 * category comes from the article; bundles become their components' lines. Here MARKETPLACE takes catalog prices and
 * CALL_CENTER is not checked (neither its lines nor its pickup stores). Pickup stores are published on
 * {@code catalog.locations.v1}.
 */
@OmnidomServiceTest
@TestPropertySource(properties = {
        "omnidom.order.pricing.channels.MARKETPLACE.policy=CATALOG_PRICE",
        "omnidom.order.pricing.channels.CALL_CENTER.checks=false",
        "omnidom.order.pickup-stores.channels.CALL_CENTER=false"})
class CatalogIntakeIT {

    private final OrderTestClient client;
    private final Http http;
    private final Wire wire;
    private final JdbcTemplate jdbc;

    CatalogIntakeIT(Http http, Wire wire, @Autowired JdbcTemplate jdbc) {
        this.http = http;
        this.wire = wire;
        this.jdbc = jdbc;
        this.client = new OrderTestClient(http, jdbc);
    }

    @BeforeEach
    void articles() {
        TestCatalog.seed(wire, jdbc);
        TestCatalog.publish(wire, jdbc,
                withActive(article("CI-INACTIVE", "5.00"), false),
                withValidity(article("CI-EXPIRED", "5.00"), SINCE, Instant.parse("2026-02-01T00:00:00Z")),
                withRegions(article("CI-US-ONLY", "5.00"), List.of("US")),
                withPrices(article("CI-CHF-ONLY", "5.00"), new ArticleChanged.Price("WEB", "CHF", new BigDecimal("5.00"), SINCE, null)),
                article("CI-BOOK", 0, "12.00", TaxCategory.REDUCED, List.of()),
                article("CI-MUG", 0, "30.00", TaxCategory.STANDARD, List.of()),
                article("CI-SPOON", 0, "4.00", TaxCategory.REDUCED, List.of()),
                article("CI-KIT", 0, "49.99", TaxCategory.STANDARD,
                        List.of(new ArticleChanged.Component("CI-MUG", 1), new ArticleChanged.Component("CI-SPOON", 3))),
                bundle("CI-GIFTSET", "79.99", "CI-KIT", 1, "CI-BOOK", 2),
                bundle("CI-LOOP-A", "9.00", "CI-LOOP-B", 1, "CI-BOOK", 1),
                bundle("CI-LOOP-B", "9.00", "CI-LOOP-A", 1, "CI-BOOK", 1),
                bundle("CI-D1", "9.00", "CI-D2", 1, "CI-BOOK", 1),
                bundle("CI-D2", "9.00", "CI-D3", 1, "CI-BOOK", 1),
                bundle("CI-D3", "9.00", "CI-D4", 1, "CI-BOOK", 1),
                bundle("CI-D4", "9.00", "CI-MUG", 1, "CI-BOOK", 1));
    }

    private static ArticleChanged bundle(String sku, String price, String first, int firstUnits, String second, int secondUnits) {
        return article(sku, 0, price, TaxCategory.STANDARD, List.of(new ArticleChanged.Component(first, firstUnits),
                new ArticleChanged.Component(second, secondUnits)));
    }

    @Test
    void everyLineBreakingACatalogRuleIsNamedAndNothingIsStored(@Autowired ReplicateArticles replica) {
        ObjectNode order = aWebOrder("CI-BAD");
        ArrayNode lines = order.putArray("lines");
        for (String sku : List.of("A-000001", "NO-SUCH-SKU", "CI-INACTIVE", "CI-EXPIRED", "CI-US-ONLY", "CI-CHF-ONLY")) {
            lines.addObject().put("sku", sku).put("quantity", 1).put("unitPrice", sku.equals("A-000001") ? "19.99" : "5.00")
                    .put("taxRate", "0.19");
        }
        order.putArray("tenders").addObject().put("type", "CARD").put("amount", "44.99").put("reference", "psp-1");
        long eventsBefore = count("outbox");

        Http.Response rejected = http.post(ORDERS, order);

        assertThat(rejected.status()).as(rejected.text()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(errors(rejected)).containsExactly(
                "lines[1].sku: unknown article",
                "lines[2].sku: article is not active",
                "lines[3].sku: article is not valid at the order time",
                "lines[4].sku: article is not sold in DE",
                "lines[5].sku: has no price for WEB_SHOP (WEB) in EUR");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE order_number = 'CI-BAD'", Long.class)).isZero();
        assertThat(count("outbox")).isEqualTo(eventsBefore);
    }

    @Test
    void aPickupOrderIsHeldAgainstItsStoresCountry() {
        TestCatalog.publish(wire, jdbc, TestCatalog.location("CI-STORE-US", 0, "New York Store",
                new LocationChanged.Address("Broadway 1", "10001", "New York", "US"), List.of(LocationChanged.Capability.PICKUP), true));
        ObjectNode pickup = aWebOrder("CI-PICKUP-US");
        // the customer's own address (in DE) does not decide: the store is where the goods are handed over
        ((ObjectNode) pickup.get("delivery")).put("mode", "PICKUP").put("pickupLocationId", "CI-STORE-US");

        Http.Response rejected = http.post(ORDERS, pickup);

        assertThat(rejected.status()).as(rejected.text()).isEqualTo(422);
        assertThat(errors(rejected)).containsExactly("lines[0].sku: article is not sold in US");
    }

    @Test
    void aPickupOrdersDeliveryAddressIsItsStoresAndIsPublished() {
        TestCatalog.publish(wire, jdbc, TestCatalog.location("CI-STORE-HAM", 3, "Hamburg  City",
                new LocationChanged.Address("Mönckebergstr. 7", "20095", "Hamburg", "de"),
                List.of(LocationChanged.Capability.SHIP, LocationChanged.Capability.PICKUP), true));
        ObjectNode pickup = aWebOrder("CI-PICKUP-HAM");
        ((ObjectNode) pickup.get("delivery")).put("mode", "PICKUP").put("pickupLocationId", " CI-STORE-HAM ");

        JsonNode order = client.place(pickup);
        JsonNode accepted = client.lastEvent(order.get("id").asString(), "omnidom.order.order-accepted.v1");

        for (JsonNode delivery : List.of(order.get("delivery"), accepted.get("delivery"))) {
            assertThat(delivery.get("mode").asString()).isEqualTo("PICKUP");
            assertThat(delivery.get("pickupLocationId").asString()).isEqualTo("CI-STORE-HAM");
            assertThat(delivery.at("/address/name").asString()).isEqualTo("Hamburg City");
            assertThat(delivery.at("/address/street").asString()).isEqualTo("Mönckebergstr. 7");
            assertThat(delivery.at("/address/postalCode").asString()).isEqualTo("20095");
            assertThat(delivery.at("/address/city").asString()).isEqualTo("Hamburg");
            assertThat(delivery.at("/address/country").asString()).isEqualTo("DE");
            assertThat(delivery.at("/geo/latitude").asDouble()).isEqualTo(52.5219);
            assertThat(delivery.at("/geo/longitude").asDouble()).isEqualTo(13.4132);
        }
    }

    @Test
    void anUnknownInactiveOrNonPickupStoreIs422AndNothingIsStored() {
        TestCatalog.publish(wire, jdbc,
                TestCatalog.location("CI-STORE-CLOSED", 0, "Closed", new LocationChanged.Address("A 1", "10115", "Berlin", "DE"),
                        List.of(LocationChanged.Capability.PICKUP), false),
                TestCatalog.location("CI-WAREHOUSE", 0, "Warehouse", new LocationChanged.Address("B 2", "10115", "Berlin", "DE"),
                        List.of(LocationChanged.Capability.SHIP), true));
        long eventsBefore = count("outbox");
        Map<String, String> expected = Map.of(
                "CI-NO-SUCH-STORE", "delivery.pickupLocationId: unknown location CI-NO-SUCH-STORE",
                "CI-STORE-CLOSED", "delivery.pickupLocationId: location CI-STORE-CLOSED is not active",
                "CI-WAREHOUSE", "delivery.pickupLocationId: location CI-WAREHOUSE does not take pickups");

        expected.forEach((store, error) -> {
            ObjectNode pickup = aWebOrder("CI-BAD-" + store);
            ((ObjectNode) pickup.get("delivery")).put("mode", "PICKUP").put("pickupLocationId", store);

            Http.Response rejected = http.post(ORDERS, pickup);

            assertThat(rejected.status()).as(rejected.text()).isEqualTo(422);
            assertThat(errors(rejected)).containsExactly(error);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE order_number = ?", Long.class,
                    "CI-BAD-" + store)).isZero();
        });
        assertThat(count("outbox")).isEqualTo(eventsBefore);
    }

    @Test
    void aChannelWhosePickupStoresAreNotCheckedKeepsWhatItSent() {
        ObjectNode pickup = withOneLine(aWebOrder("CI-CC-PICKUP"), "NOT-IN-CATALOG", 1, "3.00").put("channel", "CALL_CENTER");
        ((ObjectNode) pickup.get("delivery")).put("mode", "PICKUP").put("pickupLocationId", "NOT-A-CATALOG-STORE");

        JsonNode order = client.place(pickup);

        assertThat(order.at("/delivery/pickupLocationId").asString()).isEqualTo("NOT-A-CATALOG-STORE");
        assertThat(order.at("/delivery/address/street").asString()).startsWith("Hauptstr.");
    }

    @Test
    void theLocationReplicaKeepsTheHighestVersion(@Autowired ReplicateLocations replica) {
        LocationChanged v2 = TestCatalog.location("CI-STORE-V", 2, "New name",
                new LocationChanged.Address("A 1", "10115", "Berlin", "DE"), List.of(LocationChanged.Capability.PICKUP), true);
        LocationChanged v1 = TestCatalog.location("CI-STORE-V", 1, "Old name",
                new LocationChanged.Address("A 1", "10115", "Berlin", "DE"), List.of(LocationChanged.Capability.PICKUP), false);

        assertThat(replica.noteLocationChanged(LocationReplicaListener.of(v2))).isTrue();
        assertThat(replica.noteLocationChanged(LocationReplicaListener.of(v1))).as("older: ignored").isFalse();
        assertThat(replica.find("CI-STORE-V")).hasValueSatisfying(l -> {
            assertThat(l.name()).isEqualTo("New name");
            assertThat(l.active()).isTrue();
            assertThat(l.capabilities()).containsExactly("PICKUP");
        });
    }

    @Test
    void aPriceOutsideTheChannelsToleranceIs422NamingTheLinesUnitPrice() {
        Http.Response rejected = http.post(ORDERS, withOneLine(aWebOrder("CI-PRICE"), "A-000001", 2, "18.99"));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(errors(rejected)).containsExactly("lines[0].unitPrice: 19.99 expected for WEB_SHOP in EUR");
    }

    @Test
    void theReplicaKeepsTheHighestVersion(@Autowired ReplicateArticles replica) {
        ArticleChanged v2 = article("CI-VERSIONS", 2, "7.00", TaxCategory.STANDARD, List.of());
        ArticleChanged v1 = article("CI-VERSIONS", 1, "9.00", TaxCategory.ZERO, List.of());

        assertThat(replica.noteArticleChanged(ArticleReplicaTranslation.of(v2))).isTrue();
        assertThat(replica.noteArticleChanged(ArticleReplicaTranslation.of(v1))).as("older: ignored").isFalse();
        assertThat(replica.noteArticleChanged(ArticleReplicaTranslation.of(v2))).as("the same again: ignored").isFalse();

        var stored = replica.find(List.of("CI-VERSIONS")).get("CI-VERSIONS");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.price("WEB", "EUR", Instant.now())).contains(new BigDecimal("7.00"));
    }

    @Test
    void theLinesTaxCategoryComesFromTheArticleAndIsPublished() {
        JsonNode order = client.place(withOneLine(aWebOrder("CI-TAX"), "CI-BOOK", 1, "12.00"));

        assertThat(order.at("/lines/0/taxCategory").asString()).isEqualTo("REDUCED");
        JsonNode accepted = client.lastEvent(order.get("id").asString(), "omnidom.order.order-accepted.v1");
        assertThat(accepted.at("/lines/0/taxCategory").asString()).isEqualTo("REDUCED");
    }

    @Test
    void anOrderedBundleBecomesItsComponentsLinesAddingUpExactlyToTheBundlesPrice() {
        ObjectNode request = aWebOrder("CI-BUNDLE");
        ArrayNode lines = request.putArray("lines");
        lines.addObject().put("sku", "A-000001").put("quantity", 2).put("unitPrice", "19.99").put("taxRate", "0.19");
        lines.addObject().put("sku", "CI-KIT").put("quantity", 2).put("unitPrice", "49.99").put("taxRate", "0.19");
        request.putArray("tenders").addObject().put("type", "CARD").put("amount", "139.96").put("reference", "psp-1");

        JsonNode order = client.place(request);

        // 99.98 weighed by catalog prices 30.00 × 1 : 4.00 × 3 → 71.41 and 28.57; over 2 mugs and 6 spoons
        assertThat(order.get("total").asString()).isEqualTo("139.96");
        assertThat(order.get("lines").valueStream().map(l -> l.get("lineId").asString() + " " + l.get("sku").asString()
                + " " + l.at("/quantities/ordered").asInt() + "×" + l.get("unitPrice").asString() + " "
                + l.get("taxCategory").asString() + " " + l.at("/bundle/line").asInt(0) + l.at("/bundle/sku").asString("")))
                .containsExactly("1 A-000001 2×19.99 STANDARD 0",
                        "2 CI-MUG 1×35.71 STANDARD 2CI-KIT", "3 CI-MUG 1×35.70 STANDARD 2CI-KIT",
                        "4 CI-SPOON 1×4.77 REDUCED 2CI-KIT", "5 CI-SPOON 5×4.76 REDUCED 2CI-KIT");
        JsonNode accepted = client.lastEvent(order.get("id").asString(), "omnidom.order.order-accepted.v1");
        assertThat(accepted.get("lines").valueStream().map(l -> l.get("sku").asString())).containsExactly(
                "A-000001", "CI-MUG", "CI-MUG", "CI-SPOON", "CI-SPOON");
        BigDecimal sum = accepted.get("lines").valueStream()
                .map(l -> new BigDecimal(l.get("unitPrice").asString()).multiply(BigDecimal.valueOf(l.get("quantity").asInt())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(new BigDecimal(accepted.get("total").asString())).isEqualByComparingTo("139.96");
    }

    @Test
    void aBundleInABundleIsExplodedLevelByLevelDownToTheArticles() {
        ObjectNode request = withOneLine(aWebOrder("CI-NESTED"), "CI-GIFTSET", 1, "79.99");

        JsonNode order = client.place(request);

        // 79.99 over CI-KIT (49.99) and 2 × CI-BOOK (12.00): 54.04 and 25.95 (12.98 + 12.97); the kit's 54.04 over
        // CI-MUG (30.00) and 3 × CI-SPOON (4.00): 38.60 and 15.44 (5.15 + 5.15 + 5.14)
        assertThat(order.get("lines").valueStream().map(l -> l.get("sku").asString() + " " + l.at("/quantities/ordered").asInt()
                + "×" + l.get("unitPrice").asString() + " " + l.get("taxCategory").asString() + " "
                + l.at("/bundle/line").asInt(0) + l.at("/bundle/sku").asString("")))
                .containsExactly("CI-MUG 1×38.60 STANDARD 1CI-GIFTSET",
                        "CI-SPOON 2×5.15 REDUCED 1CI-GIFTSET", "CI-SPOON 1×5.14 REDUCED 1CI-GIFTSET",
                        "CI-BOOK 1×12.98 REDUCED 1CI-GIFTSET", "CI-BOOK 1×12.97 REDUCED 1CI-GIFTSET");
        JsonNode accepted = client.lastEvent(order.get("id").asString(), "omnidom.order.order-accepted.v1");
        BigDecimal sum = accepted.get("lines").valueStream()
                .map(l -> new BigDecimal(l.get("unitPrice").asString()).multiply(BigDecimal.valueOf(l.get("quantity").asInt())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("79.99");
    }

    @Test
    void aBundleContainingItselfOrNestedTooDeeplyIs422NamingTheLine() {
        long eventsBefore = count("outbox");
        ObjectNode loop = withOneLine(aWebOrder("CI-LOOP"), "CI-LOOP-A", 1, "9.00");
        ObjectNode deep = withOneLine(aWebOrder("CI-DEEP"), "CI-D1", 1, "9.00");

        Http.Response cycle = http.post(ORDERS, loop);
        Http.Response tooDeep = http.post(ORDERS, deep);

        assertThat(cycle.status()).as(cycle.text()).isEqualTo(422);
        assertThat(errors(cycle)).containsExactly("lines[0].sku: bundle CI-LOOP-A contains itself: CI-LOOP-A > CI-LOOP-B > CI-LOOP-A");
        assertThat(tooDeep.status()).as(tooDeep.text()).isEqualTo(422);
        assertThat(errors(tooDeep)).containsExactly("lines[0].sku: bundles nested deeper than 3 levels: CI-D1 > CI-D2 > CI-D3 > CI-D4");
        assertThat(count("outbox")).isEqualTo(eventsBefore);
    }

    @Test
    void aCatalogPriceChannelTakesTheCatalogsPriceAndTheTendersMustCoverIt() {
        ObjectNode cheap = withOneLine(aWebOrder("CI-MP-1"), "A-000001", 2, "15.00").put("channel", "MARKETPLACE");
        Http.Response underpaid = http.post(ORDERS, cheap);
        assertThat(underpaid.status()).isEqualTo(422);
        assertThat(errors(underpaid)).singleElement().asString().startsWith("tenders: ");

        ObjectNode paid = withOneLine(aWebOrder("CI-MP-2"), "A-000001", 2, "15.00").put("channel", "MARKETPLACE");
        ((ObjectNode) paid.get("tenders").get(0)).put("amount", "39.98");
        JsonNode order = client.place(paid);
        assertThat(order.at("/lines/0/unitPrice").asString()).isEqualTo("19.99");
        assertThat(order.get("total").asString()).isEqualTo("39.98");
    }

    @Test
    void aChannelWithoutChecksTakesArticlesTheCatalogDoesNotKnow() {
        JsonNode order = client.place(withOneLine(aWebOrder("CI-CC"), "NOT-IN-CATALOG", 1, "3.00").put("channel", "CALL_CENTER"));

        assertThat(order.at("/lines/0/sku").asString()).isEqualTo("NOT-IN-CATALOG");
        assertThat(order.at("/lines/0/taxCategory").isNull()).isTrue();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private static List<String> errors(Http.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString() + ": " + e.get("message").asString()).toList();
    }

    private static ArticleChanged withActive(ArticleChanged a, boolean active) {
        return new ArticleChanged(UUID.randomUUID(), a.occurredAt(), a.sku(), a.version(), a.kind(), a.texts(), a.imageUrls(),
                a.regions(), a.validFrom(), a.validUntil(), a.components(), a.accessories(), a.prices(), active, a.taxCategory());
    }

    private static ArticleChanged withValidity(ArticleChanged a, Instant from, Instant until) {
        return new ArticleChanged(UUID.randomUUID(), a.occurredAt(), a.sku(), a.version(), a.kind(), a.texts(), a.imageUrls(),
                a.regions(), from, until, a.components(), a.accessories(), a.prices(), a.active(), a.taxCategory());
    }

    private static ArticleChanged withRegions(ArticleChanged a, List<String> regions) {
        return new ArticleChanged(UUID.randomUUID(), a.occurredAt(), a.sku(), a.version(), a.kind(), a.texts(), a.imageUrls(),
                regions, a.validFrom(), a.validUntil(), a.components(), a.accessories(), a.prices(), a.active(), a.taxCategory());
    }

    private static ArticleChanged withPrices(ArticleChanged a, ArticleChanged.Price... prices) {
        return new ArticleChanged(UUID.randomUUID(), a.occurredAt(), a.sku(), a.version(), a.kind(), a.texts(), a.imageUrls(),
                a.regions(), a.validFrom(), a.validUntil(), a.components(), a.accessories(), List.of(prices), a.active(), a.taxCategory());
    }
}
