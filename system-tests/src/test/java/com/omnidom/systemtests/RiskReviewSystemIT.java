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

/** The risk check: a suspicious order waits for a reviewer and is routed only when released. */
@ExtendWith(RunningSystem.class)
class RiskReviewSystemIT {

    private final TheSystem system;

    RiskReviewSystemIT(TheSystem system) {
        this.system = system;
    }

    @Test
    void largeFirstOrderIsHeldForReviewAndRoutedOnlyAfterRelease() {
        String email = "held-" + UUID.randomUUID() + "@example.com";
        String orderId = system.placeOrder(Retailer.shipToBerlin(email, "de", List.of(Retailer.line("SKU-WATCH", 1, "2999.00"))));
        assertThat(system.customerService.get("/api/v1/orders/" + orderId).json().get("status").asString()).isEqualTo("HELD");
        JsonNode review = system.riskReview.get("/api/v1/risk/reviews/" + orderId).json();
        assertThat(review.get("reasons").get(0).get("code").asString()).isNotBlank();
        assertThat(system.fulfillmentsOf(orderId)).isEmpty();

        Http.Response released = system.riskReview.post("/api/v1/risk/reviews/" + orderId + "/release",
                Map.of("decidedBy", "risk-analyst", "reason", "customer confirmed by phone"));
        assertThat(released.status()).as(released.text()).isEqualTo(200);

        JsonNode fulfillment = system.awaitFulfillments(orderId, 1).getFirst();
        assertThat(fulfillment.get("locationId").asString()).isEqualTo(Retailer.STORE_MUNICH);
        system.ship(fulfillment.get("fulfillmentId").asString());
        system.awaitPayment(orderId, p -> TheSystem.decimal(p, "captured").compareTo(new BigDecimal("2999.00")) == 0);
        system.awaitOrderStatus(orderId, "COMPLETED");
    }
}
