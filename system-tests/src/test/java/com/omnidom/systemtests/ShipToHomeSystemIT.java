package com.omnidom.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An order shipped to the customer's home: split across locations when no one location has it all, re-routed when a store rejects it, captured per shipment. */
@ExtendWith(RunningSystem.class)
class ShipToHomeSystemIT {

    private final TheSystem system;

    ShipToHomeSystemIT(TheSystem system) {
        this.system = system;
    }

    @Test
    void shipToHomeOrderSplitAcrossTwoLocationsIsShippedTwiceAndCapturedInTwoParts() {
        String email = "split-" + UUID.randomUUID() + "@example.com";
        String orderId = system.placeOrder(Retailer.shipToBerlin(email, "de", List.of(
                Retailer.line("SKU-JACKET", 1, "49.90"), Retailer.line("SKU-BOOTS", 1, "120.00"))));

        List<JsonNode> fulfillments = system.awaitFulfillments(orderId, 2);
        assertThat(fulfillments).extracting(f -> f.get("locationId").asString())
                .containsExactlyInAnyOrder(Retailer.WAREHOUSE_BERLIN, Retailer.STORE_MUNICH);
        fulfillments.forEach(f -> system.ship(f.get("fulfillmentId").asString()));

        // captured counts the bookings at once; capture and invoice rows follow the PSP's answers (PSP intents)
        JsonNode payment = system.awaitPayment(orderId, p -> TheSystem.decimal(p, "captured").compareTo(new BigDecimal("169.90")) == 0
                && p.get("captures").size() == 2);
        assertThat(payment.get("captures")).hasSize(2);
        assertThat(payment.get("invoices")).hasSize(2);
        system.awaitOrderStatus(orderId, "COMPLETED");
        assertThat(system.awaitMails(email, 3)).extracting(TheSystem::subject).hasSize(3);
    }

    @Test
    void storeRejectionReroutesTheLinesAndTheOrderStillCompletes() {
        String email = "reject-" + UUID.randomUUID() + "@example.com";
        String orderId = system.placeOrder(Retailer.shipToHamburg(email, List.of(Retailer.line("SKU-SCARF", 1, "19.90"))));

        JsonNode first = system.awaitFulfillments(orderId, 1).getFirst();
        assertThat(first.get("locationId").asString()).isEqualTo(Retailer.STORE_HAMBURG);
        String firstId = first.get("fulfillmentId").asString();
        system.awaitFulfillmentStatus(firstId, "ALLOCATED");
        assertThat(system.fulfilmentAt(Retailer.STORE_HAMBURG).post("/api/v1/fulfillments/" + firstId + "/reject", Map.of("reason", "NOT_FOUND")).status())
                .isEqualTo(200);

        JsonNode rerouted = await().atMost(TheSystem.PATIENCE).until(() -> system.fulfillmentsOf(orderId).stream()
                        .filter(f -> !f.get("fulfillmentId").asString().equals(firstId)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(rerouted.get("locationId").asString()).isEqualTo(Retailer.WAREHOUSE_BERLIN);
        system.ship(rerouted.get("fulfillmentId").asString());

        system.awaitOrderStatus(orderId, "COMPLETED");
        system.awaitPayment(orderId, p -> TheSystem.decimal(p, "captured").compareTo(new BigDecimal("19.90")) == 0);
    }
}
