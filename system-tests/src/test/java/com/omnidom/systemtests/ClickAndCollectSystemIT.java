package com.omnidom.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Click and collect: the store readies the order, the customer is told and picks it up, and only then is it captured. */
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
        assertThat(system.fulfilmentAt(Retailer.STORE_HAMBURG).post("/api/v1/fulfillments/" + id + "/ready-for-pickup", Map.of()).status()).isEqualTo(200);
        system.awaitMails(email, 2);
        assertThat(system.fulfilmentAt(Retailer.STORE_HAMBURG).post("/api/v1/fulfillments/" + id + "/picked-up", Map.of()).status()).isEqualTo(200);

        system.awaitPayment(orderId, p -> TheSystem.decimal(p, "captured").compareTo(new BigDecimal("25.00")) == 0);
        system.awaitOrderStatus(orderId, "COMPLETED");
    }
}
