package com.omnidom.order.order;

import com.omnidom.events.TaxCategory;
import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.events.catalog.PromotionChanged;
import com.omnidom.order.OrderTestClient;
import com.omnidom.order.TestCatalog;
import com.omnidom.order.catalog.application.ReplicatePromotions;
import com.omnidom.order.catalog.messaging.PromotionReplicaListener;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static com.omnidom.order.OrderTestClient.ORDERS;
import static com.omnidom.order.SampleOrders.aWebOrder;
import static com.omnidom.order.TestCatalog.SINCE;
import static com.omnidom.order.TestCatalog.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Promotions (published on {@code catalog.promotions.v1} as catalog-service would) and the channel's own discounts
 * taken off new orders: automatic and coupon, order-level and per unit, spread over the lines exactly, so that the
 * accepted lines' unit prices × quantities add up to the tenders. The automatic promotion is in CHF only: the broker
 * is shared with the other ITs, whose EUR orders must not get it.
 */
@OmnidomServiceTest
class PromotionIntakeIT {

    private final OrderTestClient client;
    private final Http http;
    private final Wire wire;
    private final JdbcTemplate jdbc;

    PromotionIntakeIT(Http http, Wire wire, @Autowired JdbcTemplate jdbc) {
        this.http = http;
        this.wire = wire;
        this.jdbc = jdbc;
        this.client = new OrderTestClient(http, jdbc);
    }

    @BeforeEach
    void catalog() {
        TestCatalog.seed(wire, jdbc);
        TestCatalog.publish(wire, jdbc, article("PR-WOOL", "19.99"),
                chf(article("PR-CHF-A", "20.00")), chf(article("PR-CHF-B", "10.00")));
        publish(promotion("PR-AUTO-CHF", null, "CHF", PromotionChanged.Kind.ORDER_AMOUNT_OFF, null, "5.00", "50.00", List.of(), null),
                promotion("PR-WOOL15", "WOOL15", "EUR", PromotionChanged.Kind.LINE_PERCENT_OFF, "15", null, null, List.of("PR-WOOL"), 2),
                promotion("PR-TENOFF", "TENOFF", "EUR", PromotionChanged.Kind.ORDER_PERCENT_OFF, "10", null, "30.00", List.of(), null),
                expired(promotion("PR-OLD", "OLD5", "EUR", PromotionChanged.Kind.ORDER_AMOUNT_OFF, null, "5.00", null, List.of(), null)));
    }

    @Test
    void anAutomaticOrderPromotionIsSpreadOverTheLinesByValueAndTheAcceptedPricesAddUpToTheTenders() {
        // 60.00 + 10.00, 5.00 off: 4.29 and 0.71 (the left-over cent to the larger remainder); 55.71 / 3 = 18.57
        ObjectNode request = chfOrder("PR-AUTO-1", "65.00");
        ArrayNode lines = request.putArray("lines");
        lines.addObject().put("sku", "PR-CHF-A").put("quantity", 3).put("unitPrice", "20.00").put("taxRate", "0.081");
        lines.addObject().put("sku", "PR-CHF-B").put("quantity", 1).put("unitPrice", "10.00").put("taxRate", "0.081");

        JsonNode order = client.place(request);

        assertThat(order.get("total").asString()).isEqualTo("65.00");
        assertThat(lines(order)).containsExactly("PR-CHF-A 3×18.57 (20.00) PR-AUTO-CHF Winter=4.29",
                "PR-CHF-B 1×9.29 (10.00) PR-AUTO-CHF Winter=0.71");
        JsonNode accepted = acceptedOnTheWire(order.get("id").asString());
        assertThat(lines(accepted)).containsExactly("PR-CHF-A 3×18.57 (20.00) PR-AUTO-CHF Winter=4.29",
                "PR-CHF-B 1×9.29 (10.00) PR-AUTO-CHF Winter=0.71");
        assertThat(linesTotal(accepted)).isEqualByComparingTo(tendered(accepted)).isEqualByComparingTo("65.00");

        JsonNode below = client.place(chfOrder("PR-AUTO-2", "40.00").set("lines", Http.JSON.readTree(
                "[{\"sku\":\"PR-CHF-A\",\"quantity\":2,\"unitPrice\":\"20.00\",\"taxRate\":\"0.081\"}]")));
        assertThat(below.at("/lines/0/unitPrice").asString()).as("40.00 does not reach 50.00").isEqualTo("20.00");
        assertThat(below.at("/lines/0/listPrice").isNull()).isTrue();
        assertThat(below.at("/lines/0/discounts").size()).isZero();
    }

    @Test
    void aLinePercentCouponWhoseDiscountDoesNotDivideByTheUnitsSplitsTheLineExactly() {
        // 7 × 19.99 = 139.93, 15 % = 20.99: 118.94 = 1 × 17.00 + 6 × 16.99
        ObjectNode request = aWebOrder("PR-WOOL-1");
        request.putArray("lines").addObject().put("sku", "PR-WOOL").put("quantity", 7).put("unitPrice", "19.99").put("taxRate", "0.19");
        request.putArray("tenders").addObject().put("type", "CARD").put("amount", "118.94").put("reference", "psp-1");
        request.putArray("promotionCodes").add("wool15");

        JsonNode order = client.place(request);

        assertThat(lines(order)).containsExactly("PR-WOOL 1×17.00 (19.99) WOOL15 Winter=2.99",
                "PR-WOOL 6×16.99 (19.99) WOOL15 Winter=18.00");
        assertThat(order.get("lines").valueStream().map(l -> l.get("lineId").asString())).containsExactly("1", "2");
        assertThat(lines(client.order(order.get("id").asString()))).as("as stored and read again").isEqualTo(lines(order));
        JsonNode accepted = acceptedOnTheWire(order.get("id").asString());
        assertThat(linesTotal(accepted)).isEqualByComparingTo(tendered(accepted)).isEqualByComparingTo("118.94");
        assertThat(accepted.at("/lines/1/listPrice").asString()).isEqualTo("19.99");
    }

    @Test
    void aChannelLineDiscountAndAnOrderPercentCouponAreBothTakenInTheirOrder() {
        // 2 × 19.99 = 39.98; the shop's 1.00 off line 1 → 38.98; 10 % of that = 3.90 → 35.08 = 2 × 17.54
        ObjectNode request = aWebOrder("PR-MIX-1");
        request.putArray("tenders").addObject().put("type", "CARD").put("amount", "35.08").put("reference", "psp-1");
        request.putArray("promotionCodes").add("TENOFF");
        request.putArray("discounts").addObject().put("code", "NEWS").put("name", "Newsletter").put("amount", "1.00").put("lineId", "1");

        JsonNode order = client.place(request);

        assertThat(lines(order)).containsExactly("A-000001 2×17.54 (19.99) NEWS Newsletter=1.00 TENOFF Winter=3.90");
        JsonNode accepted = acceptedOnTheWire(order.get("id").asString());
        assertThat(lines(accepted)).containsExactly("A-000001 2×17.54 (19.99) NEWS Newsletter=1.00 TENOFF Winter=3.90");
        assertThat(linesTotal(accepted)).isEqualByComparingTo(tendered(accepted));

        ObjectNode orderLevel = aWebOrder("PR-MIX-2");
        orderLevel.putArray("tenders").addObject().put("type", "CARD").put("amount", "37.98").put("reference", "psp-1");
        orderLevel.putArray("discounts").addObject().put("code", "APP").put("name", "App bonus").put("amount", "2.00");
        assertThat(lines(client.place(orderLevel))).containsExactly("A-000001 2×18.99 (19.99) APP App bonus=2.00");
    }

    @Test
    void unknownExpiredAndNotApplicableCodesAre422NamingEachAndNothingIsStored() {
        ObjectNode request = aWebOrder("PR-BAD-1");
        request.putArray("promotionCodes").add("NOPE").add("old5").add("WOOL15").add("nope");
        request.putArray("discounts").addObject().put("code", "X").put("name", "X").put("amount", "1.001").put("lineId", "2");
        long events = count("outbox");

        Http.Response rejected = http.post(ORDERS, request);

        assertThat(rejected.status()).as(rejected.text()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(errors(rejected)).containsExactly(
                "promotionCodes[0]: unknown promotion code",
                "promotionCodes[1]: is not valid for this order (inactive, outside its period, or not for WEB_SHOP in EUR)",
                "promotionCodes[2]: applies to none of the order's lines",
                "promotionCodes[3]: is named twice",
                "discounts[0].amount: must have at most 2 decimals for EUR",
                "discounts[0].lineId: must name a line of the request, from 1 to 1");
        ObjectNode small = aWebOrder("PR-BAD-2");
        small.putArray("lines").addObject().put("sku", "A-000001").put("quantity", 1).put("unitPrice", "19.99").put("taxRate", "0.19");
        small.putArray("tenders").addObject().put("type", "CARD").put("amount", "19.99").put("reference", "psp-1");
        small.putArray("promotionCodes").add("TENOFF");
        Http.Response belowMinimum = http.post(ORDERS, small);
        assertThat(belowMinimum.status()).isEqualTo(422);
        assertThat(errors(belowMinimum)).containsExactly("promotionCodes[0]: the order's goods do not reach its minimum of 30.00 EUR");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_order WHERE order_number LIKE 'PR-BAD-%'", Long.class)).isZero();
        assertThat(count("outbox")).isEqualTo(events);
    }

    @Test
    void tendersMustAddUpToTheDiscountedTotal() {
        ObjectNode request = aWebOrder("PR-TENDER-1");
        request.putArray("promotionCodes").add("TENOFF");
        // aWebOrder's tenders pay 39.98, the undiscounted total; 10 % off leaves 35.98

        Http.Response rejected = http.post(ORDERS, request);

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(errors(rejected)).singleElement().asString().startsWith("tenders: ");
    }

    @Test
    void theReplicaKeepsTheHighestVersionAndASwitchedOffCouponIsNoLongerValid(@Autowired ReplicatePromotions replica) {
        PromotionChanged v0 = promotion("PR-VERSIONS", "VERS", "EUR", PromotionChanged.Kind.ORDER_AMOUNT_OFF, null, "1.00", null, List.of(), null);
        PromotionChanged v1 = new PromotionChanged(UUID.randomUUID(), Instant.now(), v0.promotionId(), 1, v0.code(), v0.names(),
                v0.validFrom(), v0.validUntil(), v0.channels(), v0.currency(), v0.kind(), null, new BigDecimal("2.00"), null,
                List.of(), null, false);

        assertThat(replica.notePromotionChanged(PromotionReplicaListener.of(v1))).isTrue();
        assertThat(replica.notePromotionChanged(PromotionReplicaListener.of(v0))).as("older: ignored").isFalse();
        assertThat(replica.byCodes(List.of("VERS"))).singleElement().satisfies(p -> {
            assertThat(p.version()).isEqualTo(1);
            assertThat(p.active()).isFalse();
        });
        ObjectNode request = aWebOrder("PR-VERS-1");
        request.putArray("promotionCodes").add("VERS");
        assertThat(errors(http.post(ORDERS, request))).singleElement().asString().startsWith("promotionCodes[0]: is not valid");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private ObjectNode chfOrder(String orderNumber, String paid) {
        ObjectNode order = aWebOrder(orderNumber).put("currency", "CHF");
        order.putArray("tenders").addObject().put("type", "CARD").put("amount", paid).put("reference", "psp-1");
        return order;
    }

    /** "SKU q×unitPrice (listPrice) CODE name=amount ..." per line, of the order or of its OrderAccepted. */
    private static List<String> lines(JsonNode order) {
        return order.get("lines").valueStream().map(l -> {
            StringBuilder s = new StringBuilder(l.get("sku").asString()).append(' ')
                    .append(l.has("quantities") ? l.at("/quantities/ordered").asInt() : l.get("quantity").asInt())
                    .append('×').append(l.get("unitPrice").asString()).append(" (").append(l.get("listPrice").asString("")).append(')');
            l.get("discounts").forEach(d -> s.append(' ').append(d.get("code").asString()).append(' ')
                    .append(d.get("name").asString()).append('=').append(d.get("amount").asString()));
            return s.toString();
        }).toList();
    }

    private static BigDecimal linesTotal(JsonNode accepted) {
        return accepted.get("lines").valueStream()
                .map(l -> new BigDecimal(l.get("unitPrice").asString()).multiply(BigDecimal.valueOf(l.get("quantity").asInt())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal tendered(JsonNode accepted) {
        return accepted.get("tenders").valueStream().map(t -> new BigDecimal(t.get("amount").asString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private JsonNode acceptedOnTheWire(String orderId) {
        return OrderTestClient.acceptedOnTheWire(wire, orderId);
    }

    private void publish(PromotionChanged... promotions) {
        List<PromotionChanged> missing = Arrays.stream(promotions).filter(p -> !replicated(p)).toList();
        if (missing.isEmpty()) return;
        wire.publish(missing.toArray(PromotionChanged[]::new));
        await().atMost(Duration.ofSeconds(60)).until(() -> missing.stream().allMatch(this::replicated));
    }

    private boolean replicated(PromotionChanged p) {
        return jdbc.queryForObject("SELECT count(*) FROM catalog_promotion WHERE promotion_id = ? AND version >= ?", Long.class,
                p.promotionId(), p.version()) > 0;
    }

    private static PromotionChanged promotion(String id, String code, String currency, PromotionChanged.Kind kind,
                                              String percent, String amount, String minimum, List<String> skus, Integer minimumQuantity) {
        return new PromotionChanged(UUID.randomUUID(), Instant.now(), id, 0, code,
                List.of(new PromotionChanged.Name("de", "Winter"), new PromotionChanged.Name(null, amount + " off")),
                SINCE, null, List.of("WEB"), currency, kind, percent == null ? null : new BigDecimal(percent),
                amount == null ? null : new BigDecimal(amount), minimum == null ? null : new BigDecimal(minimum), skus,
                minimumQuantity, true);
    }

    private static PromotionChanged expired(PromotionChanged p) {
        return new PromotionChanged(p.eventId(), p.occurredAt(), p.promotionId(), p.version(), p.code(), p.names(), SINCE,
                Instant.parse("2026-02-01T00:00:00Z"), p.channels(), p.currency(), p.kind(), p.percent(), p.amount(),
                p.minimumOrderValue(), p.skus(), p.minimumQuantity(), p.active());
    }

    private static ArticleChanged chf(ArticleChanged a) {
        return new ArticleChanged(UUID.randomUUID(), a.occurredAt(), a.sku(), a.version(), a.kind(), a.texts(), a.imageUrls(),
                a.regions(), a.validFrom(), a.validUntil(), a.components(), a.accessories(),
                List.of(new ArticleChanged.Price("WEB", "CHF", a.prices().getFirst().amount(), SINCE, null)), a.active(), TaxCategory.STANDARD);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private static List<String> errors(Http.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString() + ": " + e.get("message").asString()).toList();
    }
}
