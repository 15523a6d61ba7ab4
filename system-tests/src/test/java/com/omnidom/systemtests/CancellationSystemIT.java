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
import static org.awaitility.Awaitility.await;

/** Cancellation before shipment, across inventory, payment, routing and notification. */
@ExtendWith(RunningSystem.class)
class CancellationSystemIT {

    private final TheSystem system;

    CancellationSystemIT(TheSystem system) {
        this.system = system;
    }

    @Test
    void cancellingBeforeShipmentReleasesTheStockAndTheMoneyAndTellsTheCustomer() {
        String email = "cancel-" + UUID.randomUUID() + "@example.com";
        int allocatedBefore = system.stock(Retailer.WAREHOUSE_BERLIN, "SKU-JACKET").get("allocated").asInt();
        String orderId = system.placeOrder(Retailer.shipToBerlin(email, "en", List.of(Retailer.line("SKU-JACKET", 2, "49.90"))));
        String fulfillmentId = system.awaitFulfillments(orderId, 1).getFirst().get("fulfillmentId").asString();
        system.awaitFulfillmentStatus(fulfillmentId, "ALLOCATED");
        await().atMost(TheSystem.PATIENCE).until(() -> system.stock(Retailer.WAREHOUSE_BERLIN, "SKU-JACKET").get("allocated").asInt()
                == allocatedBefore + 2);

        Http.Response cancelled = system.customerService.post("/api/v1/orders/" + orderId + "/cancellation",
                Map.of("reason", "customer changed their mind", "cancelledBy", "service-agent"));
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);

        system.awaitFulfillmentStatus(fulfillmentId, "CANCELLED");
        await().atMost(TheSystem.PATIENCE).until(() -> system.stock(Retailer.WAREHOUSE_BERLIN, "SKU-JACKET").get("allocated").asInt()
                == allocatedBefore);
        JsonNode payment = system.awaitPayment(orderId, p -> TheSystem.decimal(p, "released").compareTo(new BigDecimal("99.80")) == 0);
        assertThat(TheSystem.decimal(payment, "captured")).isEqualByComparingTo("0");
        system.awaitOrderStatus(orderId, "CANCELLED");
        // confirmation, cancellation, money released
        assertThat(system.awaitMails(email, 3)).extracting(TheSystem::subject).hasSize(3);
        // too late for the shop floor: the fulfilment order can no longer be shipped
        assertThat(system.fulfilmentAt(Retailer.WAREHOUSE_BERLIN).post("/api/v1/fulfillments/" + fulfillmentId + "/ship",
                Map.of("carrier", "DHL", "trackingNumber", "TRACK-LATE")).status()).isEqualTo(409);
    }
}
