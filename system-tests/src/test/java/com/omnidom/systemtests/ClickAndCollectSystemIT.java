package com.omnidom.systemtests;

import com.omnidom.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Click and collect: the store readies the order, the customer is told (with the pickup code) and picks it up showing
 * the code, and only then is it captured.
 */
@ExtendWith(RunningSystem.class)
class ClickAndCollectSystemIT {

    private final TheSystem system;

    ClickAndCollectSystemIT(TheSystem system) {
        this.system = system;
    }

    @Test
    void clickAndCollectIsReadyForPickupThenPickedUpAndCaptured() {
        String email = "pickup-" + UUID.randomUUID() + "@example.com";
        String orderId = system.placeOrder(Retailer.pickupAt(Retailer.STORE_HAMBURG, email, List.of(
                Retailer.line("SKU-MUG", 2, "12.50"))));

        JsonNode fulfillment = system.awaitFulfillments(orderId, 1).getFirst();
        assertThat(fulfillment.get("locationId").asString()).isEqualTo(Retailer.STORE_HAMBURG);
        String id = fulfillment.get("fulfillmentId").asString();
        system.awaitFulfillmentStatus(id, "ALLOCATED");
        Http store = system.fulfilmentAt(Retailer.STORE_HAMBURG);
        assertThat(store.post("/api/v1/fulfillments/" + id + "/ready-for-pickup", Map.of()).status()).isEqualTo(200);
        String code = system.awaitPickupCode(email);

        // someone else's guess is refused and changes nothing; the customer's code hands the goods over
        Http.Response wrong = store.post("/api/v1/fulfillments/" + id + "/picked-up",
                Map.of("pickupCode", "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000)));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("detail").asString()).contains("does not match");
        assertThat(store.get("/api/v1/fulfillments/" + id).json().get("status").asString()).isEqualTo("READY_FOR_PICKUP");
        Http.Response collected = store.post("/api/v1/fulfillments/" + id + "/picked-up", Map.of("pickupCode", code));
        assertThat(collected.status()).isEqualTo(200);
        assertThat(collected.json().get("status").asString()).isEqualTo("PICKED_UP");

        system.awaitPayment(orderId, p -> TheSystem.decimal(p, "captured").compareTo(new BigDecimal("25.00")) == 0);
        system.awaitOrderStatus(orderId, "COMPLETED");
    }
}
