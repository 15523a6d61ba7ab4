package com.omnidom.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people's screens (module web) in a real browser against the running system: store staff and a drop-ship
 * partner sign in at the authorization server and work their fulfilment orders; every step is checked in the
 * services' own state, not only on the page. Screenshots go to system-tests/target/screenshots.
 */
@ExtendWith(RunningSystem.class)
class PeopleScreensSystemIT {

    private static final java.util.concurrent.atomic.AtomicInteger houses = new java.util.concurrent.atomic.AtomicInteger();

    private final TheSystem system;
    private final String screens;

    PeopleScreensSystemIT(TheSystem system) {
        this.system = system;
        this.screens = "http://127.0.0.1:" + system.cluster().port("web");
    }

    @Test
    void aStoreHandsOverAPickupWithTheRightCodeAndRefusesAWrongOne() {
        String email = "screens-pickup-" + UUID.randomUUID() + "@example.com";
        String orderId = system.placeOrder(Retailer.pickupAt(Retailer.STORE_HAMBURG, email, List.of(
                Retailer.line("SKU-MUG", 1, "12.50"))));
        String id = system.awaitFulfillments(orderId, 1).getFirst().get("fulfillmentId").asString();
        system.awaitFulfillmentStatus(id, "ALLOCATED");

        try (Browser store = new Browser(screens, "store-pickup", "en")) {
            store.open("/store").signIn(Retailer.STORE_HAMBURG, Retailer.STORE_HAMBURG + "-demo-password");
            store.waitFor(By.cssSelector("tr[data-fulfillment='" + id + "']"));
            assertThat(store.text(By.id("pick-list-table"))).contains("SKU-MUG");
            store.snapshot("work-list");

            store.click(By.cssSelector("tr[data-fulfillment='" + id + "'] a"));
            store.click(By.id("ready"));
            store.waitForText(By.id("status"), "Ready for pickup");
            store.snapshot("ready-for-pickup");
            system.awaitFulfillmentStatus(id, "READY_FOR_PICKUP");

            String code = system.awaitPickupCode(email);
            String wrong = code.equals("000000") ? "111111" : "000000";
            store.type("pickupCode", wrong);
            store.click(By.id("hand-over"));
            assertThat(store.text(By.cssSelector("[role=alert]"))).containsIgnoringCase("code");
            assertThat(store.text(By.id("status"))).isEqualTo("Ready for pickup");
            store.snapshot("wrong-code-refused");
            system.awaitFulfillmentStatus(id, "READY_FOR_PICKUP");

            store.type("pickupCode", code);
            store.click(By.id("hand-over"));
            store.waitForText(By.id("status"), "Handed over");
            store.snapshot("handed-over");
        }
        system.awaitFulfillmentStatus(id, "PICKED_UP");
        system.awaitOrderStatus(orderId, "COMPLETED");
    }

    @Test
    void aPartnerShipsTwoOrdersByCsvAndCannotOpenAnotherPartnersOrder() throws Exception {
        List<String> own = List.of(partnerOrder("SKU-LAMP"), partnerOrder("SKU-LAMP"));
        String others = partnerOrder("SKU-RUG");
        for (String id : own) assertThat(locationOf(id)).isEqualTo(Retailer.DROP_SHIPPER_BREMEN);
        assertThat(locationOf(others)).isEqualTo(Retailer.DROP_SHIPPER_LEIPZIG);

        Path csv = Files.createTempFile("shipments", ".csv");
        Files.writeString(csv, """
                fulfillmentId;carrier;trackingNumber
                %s;DHL;00340434161094000001
                %s;DHL;00340434161094000002
                %s;DHL;00340434161094000003
                """.formatted(own.get(0), own.get(1), others));

        try (Browser partner = new Browser(screens, "partner-csv", "de")) {
            partner.open("/partner").signIn(Retailer.PARTNER_NORD, Retailer.PARTNER_NORD + "-demo-password");
            for (String id : own) partner.waitFor(By.cssSelector("tr[data-fulfillment='" + id + "']"));
            assertThat(partner.all(By.cssSelector("tr[data-fulfillment='" + others + "']"))).isEmpty();
            assertThat(partner.text(By.tagName("h1"))).isEqualTo("Ihre offenen Fulfillment-Aufträge");
            partner.snapshot("work-list");

            partner.click(By.cssSelector("tr[data-fulfillment='" + own.get(0) + "'] a"));
            assertThat(partner.text(By.tagName("address"))).contains("Kim Kunde", "Alexanderplatz", "Berlin");
            assertThat(partner.all(By.partialLinkText("Lieferschein"))).hasSize(1);
            partner.snapshot("order");

            partner.open("/partner");
            partner.attach("file", csv);
            partner.click(By.cssSelector("form[action$='/partner/shipments'] button"));
            partner.waitForText(By.id("summary"), "2 von 3");
            assertThat(partner.all(By.cssSelector("tr[data-outcome=shipped]"))).hasSize(2);
            assertThat(partner.text(By.cssSelector("tr[data-outcome=refused]"))).contains(others);
            partner.snapshot("csv-uploaded");

            partner.open("/fulfillments/" + others);
            assertThat(partner.text(By.tagName("h1"))).isEqualTo("Nicht gefunden");
            assertThat(partner.text(By.tagName("main"))).doesNotContain("SKU-RUG");
            partner.snapshot("other-partners-order");
        }
        for (String id : own) system.awaitFulfillmentStatus(id, "SHIPPED");
        assertThat(system.routing.get("/api/v1/fulfillments/" + others).json().get("status").asString()).isEqualTo("ALLOCATED");
    }

    @Test
    void anAgentFindsAnOrderAndCancelsALine() throws Exception {
        String email = "screens-cs-" + UUID.randomUUID() + "@example.com";
        String orderId = system.placeOrder(Retailer.shipToBerlin(email, "en", List.of(
                Retailer.line("SKU-JACKET", 1, "49.90"), Retailer.line("SKU-BOOTS", 1, "120.00")),
                100 + houses.getAndIncrement()));
        system.awaitFulfillments(orderId, 2);
        JsonNode order = system.customerService.get("/api/v1/orders/" + orderId).json();
        String bootsLine = lineOf(order, "SKU-BOOTS");

        try (Browser agent = new Browser(screens, "cs-cancel-line", "en")) {
            agent.open("/cs").signIn("carla", "carla-demo-password");
            agent.type("email", email);
            agent.click(By.id("find"));
            agent.waitFor(By.cssSelector("tr[data-order='" + orderId + "']"));
            agent.snapshot("found");

            agent.click(By.cssSelector("tr[data-order='" + orderId + "'] a"));
            agent.waitFor(By.id("lines"));
            assertThat(agent.text(By.id("delivery-address"))).contains("Kim Kunde", "Berlin");
            agent.snapshot("order");

            agent.type("cancel-" + bootsLine, "1");
            agent.type("cancel-reason", "customer asked on the phone");
            agent.click(By.id("cancel-confirm"));
            agent.click(By.id("cancel"));
            assertThat(agent.text(By.cssSelector("[role=status]"))).contains("Cancelled");
            assertThat(agent.text(By.cssSelector("tr[data-line='" + bootsLine + "'] td[data-q=cancelled]"))).isEqualTo("1");
            agent.snapshot("line-cancelled");
        }
        JsonNode after = system.customerService.get("/api/v1/orders/" + orderId).json();
        assertThat(quantity(after, "SKU-BOOTS", "cancelled")).isEqualTo(1);
        assertThat(quantity(after, "SKU-JACKET", "cancelled")).isZero();
        system.awaitPayment(orderId, p -> TheSystem.decimal(p, "released").compareTo(new java.math.BigDecimal("120.00")) == 0);
    }

    @Test
    void aReviewerReleasesAHeldOrderAndSeesItRouted() throws Exception {
        String email = "screens-review-" + UUID.randomUUID() + "@example.com";
        String orderId = system.placeOrder(Retailer.shipToBerlin(email, "en", List.of(
                Retailer.line("SKU-WATCH", 1, "2999.00")), 100 + houses.getAndIncrement()));
        assertThat(system.customerService.get("/api/v1/orders/" + orderId).json().get("status").asString()).isEqualTo("HELD");

        try (Browser reviewer = new Browser(screens, "risk-release", "en")) {
            reviewer.open("/").signIn("rick", "rick-demo-password");
            reviewer.waitFor(By.cssSelector("[data-review='" + orderId + "']"));
            reviewer.snapshot("queue");

            reviewer.type("release-reason-" + orderId, "customer confirmed by phone");
            reviewer.click(By.cssSelector("[data-review='" + orderId + "'] button.release"));
            assertThat(reviewer.text(By.cssSelector("[role=status]"))).contains("Released");
            assertThat(reviewer.all(By.cssSelector("[data-review='" + orderId + "']"))).isEmpty();
            // order-service learns of the routing from routing-service's event: the page shows what it knows
            org.awaitility.Awaitility.await().atMost(TheSystem.PATIENCE).until(() -> List.of("ROUTED", "IN_FULFILLMENT")
                    .contains(system.customerService.get("/api/v1/orders/" + orderId).json().get("status").asString()));

            reviewer.click(By.id("decided-order"));
            assertThat(reviewer.text(By.id("order-status"))).isIn("Routed", "In fulfilment");
            reviewer.snapshot("routed");
        }
        assertThat(system.customerService.get("/api/v1/orders/" + orderId).json().get("status").asString())
                .isIn("ROUTED", "IN_FULFILLMENT");
    }

    private static String lineOf(JsonNode order, String sku) {
        for (JsonNode line : order.get("lines")) if (line.get("sku").asString().equals(sku)) return line.get("lineId").asString();
        throw new AssertionError("no line of " + sku + " in " + order);
    }

    private static int quantity(JsonNode order, String sku, String state) {
        for (JsonNode line : order.get("lines")) {
            if (line.get("sku").asString().equals(sku)) return line.get("quantities").get(state).asInt();
        }
        throw new AssertionError("no line of " + sku);
    }

    /** An order for Berlin of one unit that only one partner carries; its fulfilment order, once allocated. */
    private String partnerOrder(String sku) {
        String email = "screens-partner-" + UUID.randomUUID() + "@example.com";
        // a house of its own: order-service holds many orders to one address within an hour
        String orderId = system.placeOrder(Retailer.shipToBerlin(email, "de", List.of(
                Retailer.line(sku, 1, Retailer.PRICES.get(sku))), 100 + houses.getAndIncrement()));
        String id = system.awaitFulfillments(orderId, 1).getFirst().get("fulfillmentId").asString();
        system.awaitFulfillmentStatus(id, "ALLOCATED");
        return id;
    }

    private String locationOf(String fulfillmentId) {
        JsonNode f = system.routing.get("/api/v1/fulfillments/" + fulfillmentId).json();
        return f.get("locationId").asString();
    }
}
