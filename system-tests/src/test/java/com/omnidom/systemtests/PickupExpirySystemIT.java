package com.omnidom.systemtests;

import com.omnidom.testsupport.Http;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Click and collect nobody collects: the store readies the order, the customer gets the code, then one reminder with
 * the code again, and when the store's hold is over the pickup expires — order-service cancels its units, the stock is
 * available at the store again, the card's authorisation is released and the customer is told. The clusters hold
 * pickups at stores for 10 s before the reminder and 150 s in all (routing-service's {@code omnidom.routing.pickup.*},
 * set in {@code LocalCluster} and {@code ComposeCluster}: longer than any other scenario keeps a pickup waiting).
 * At the end customer service sees it in the console, in a real browser.
 */
@ExtendWith(RunningSystem.class)
class PickupExpirySystemIT {

    /** The cluster's hold at stores, and time for the sweep, the cancellation and the answers on top. */
    private static final Duration HOLD = Duration.ofSeconds(150);

    private final TheSystem system;

    PickupExpirySystemIT(TheSystem system) {
        this.system = system;
    }

    @Test
    void aPickupNobodyCollectsIsRemindedOnceThenExpiresReleasingItsStockAndMoneyAndTheCustomerIsTold() throws Exception {
        String sku = system.newArticle("SKU-UNCOLLECTED-", "12.50");
        assertThat(system.inventory.put("/api/v1/stock/" + Retailer.STORE_HAMBURG + "/" + sku, Map.of("onHand", 5)).status())
                .isIn(200, 201);
        system.cluster().awaitConsumed("routing-service", TheSystem.PATIENCE, "inventory.availability.v1");
        String email = "uncollected-" + UUID.randomUUID() + "@example.com";
        String orderId = system.placeOrder(Retailer.pickupAt(Retailer.STORE_HAMBURG, email, List.of(Retailer.line(sku, 2, "12.50"))));
        String id = system.awaitFulfillments(orderId, 1).getFirst().get("fulfillmentId").asString();
        system.awaitFulfillmentStatus(id, "ALLOCATED");
        await().atMost(TheSystem.PATIENCE).until(() -> system.stock(Retailer.STORE_HAMBURG, sku).get("allocated").asInt() == 2);
        Http store = system.fulfilmentAt(Retailer.STORE_HAMBURG);
        assertThat(store.post("/api/v1/fulfillments/" + id + "/ready-for-pickup", Map.of()).status()).isEqualTo(200);
        String code = system.awaitPickupCode(email);

        // nobody comes: one reminder, with the code again and until when the store holds it
        MimeMessage reminder = await().atMost(TheSystem.PATIENCE).until(() -> withSubject(email, "Reminder: "), m -> m != null);
        assertThat(TheSystem.text(reminder)).contains("is still waiting for you at:", "We hold it for you until",
                "Your pickup code: " + code, "- 2 × " + sku);

        // the hold is over: the store gives it up and no longer hands it over
        await().atMost(HOLD.plus(TheSystem.PATIENCE)).until(() -> system.routing.get("/api/v1/fulfillments/" + id).json()
                .get("status").asString(), "EXPIRED"::equals);
        Http.Response late = store.post("/api/v1/fulfillments/" + id + "/picked-up", Map.of("pickupCode", code));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("expired");

        // order-service cancelled exactly its units; routing took them off, inventory released them at the store
        system.awaitOrderStatus(orderId, "CANCELLED");
        JsonNode order = system.customerService.get("/api/v1/orders/" + orderId).json();
        assertThat(order.at("/lines/0/quantities/cancelled").asInt()).isEqualTo(2);
        assertThat(order.at("/lines/0/quantities/readyForPickup").asInt()).isZero();
        assertThat(order.at("/fulfillments/0/status").asString()).isEqualTo("EXPIRED");
        assertThat(order.get("timeline").valueStream().map(t -> t.get("summary").asString()))
                .anyMatch(text -> text.startsWith("Pickup at " + Retailer.STORE_HAMBURG + " expired"))
                .anyMatch(text -> text.startsWith("Cancelled by pickup-expiry") && text.endsWith("(PICKUP_EXPIRED)"));
        await().atMost(TheSystem.PATIENCE).until(() -> system.routing.get("/api/v1/fulfillments/" + id).json().get("lines").isEmpty());
        await().atMost(TheSystem.PATIENCE).until(() -> system.stock(Retailer.STORE_HAMBURG, sku).get("allocated").asInt() == 0);
        JsonNode stock = system.stock(Retailer.STORE_HAMBURG, sku);
        assertThat(stock.get("onHand").asInt()).isEqualTo(5);
        assertThat(stock.get("available").asInt()).isEqualTo(5);

        // nothing was captured (that happens at the handover): the card's authorisation for the units is released
        JsonNode payment = system.awaitPayment(orderId, p -> TheSystem.decimal(p, "released").compareTo(new BigDecimal("25.00")) == 0);
        assertThat(TheSystem.decimal(payment, "captured")).isEqualByComparingTo("0");
        assertThat(payment.at("/releases/0/reason").asString()).isEqualTo("PICKUP_EXPIRED");

        // the expiry and the money released, once each, and no other cancellation mail; still one reminder (routing may
        // have told of a delay too, had its copy of the new stock come after the order)
        MimeMessage expired = await().atMost(TheSystem.PATIENCE).until(() -> withSubject(email, "was not collected"), m -> m != null);
        assertThat(TheSystem.text(expired)).contains("was not collected in time", "- 2 × " + sku, "You will not be charged")
                .doesNotContain(code);
        await().atMost(TheSystem.PATIENCE).until(() -> withSubject(email, "Reserved amount released"), m -> m != null);
        assertThat(system.cluster().mailTo(email)).extracting(TheSystem::subject)
                .filteredOn(s -> s.startsWith("Reminder: ") || s.contains("was not collected") || s.contains("Reserved amount released")
                        || s.contains("cancelled")).hasSize(3);

        // customer service sees it in the console: cancelled, not collected in time, the money released
        try (Browser agent = new Browser("http://127.0.0.1:" + system.cluster().port("web"), "pickup-expired", "en")) {
            agent.open("/cs/orders/" + orderId).signIn("carla", "carla-demo-password");
            assertThat(agent.text(By.id("order-status"))).isEqualTo("Cancelled");
            assertThat(agent.text(By.id("fulfillment-list"))).contains(Retailer.STORE_HAMBURG, "Not collected in time");
            assertThat(agent.text(By.cssSelector("[data-amount=released]"))).isEqualTo("25.00 EUR");
            assertThat(agent.text(By.cssSelector("[data-amount=captured]"))).isEqualTo("0.00 EUR");
            agent.snapshot("order-expired");
        }
    }

    private MimeMessage withSubject(String email, String part) throws Exception {
        return system.cluster().mailTo(email).stream().filter(m -> TheSystem.subject(m).contains(part)).findFirst().orElse(null);
    }
}
