package com.omnidom.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A return after shipment: refunded to the tender the customer paid with, restocked where it was received. */
@ExtendWith(RunningSystem.class)
class ReturnSystemIT {

    private final TheSystem system;

    ReturnSystemIT(TheSystem system) {
        this.system = system;
    }

    @Test
    void returnIsRefundedToTheOriginalTenderAndRestocked() {
        String email = "return-" + UUID.randomUUID() + "@example.com";
        String orderId = system.placeOrder(Retailer.shipToBerlin(email, "en", List.of(Retailer.line("SKU-JACKET", 1, "49.90"))));
        JsonNode fulfillment = system.awaitFulfillments(orderId, 1).getFirst();
        system.ship(fulfillment.get("fulfillmentId").asString());
        system.awaitPayment(orderId, p -> TheSystem.decimal(p, "captured").compareTo(new BigDecimal("49.90")) == 0);
        int onHandBefore = system.onHand(Retailer.WAREHOUSE_BERLIN, "SKU-JACKET");

        system.returnOneAndReceiveAtBerlin(orderId);

        // refunded counts the booking at once; the refund row follows once the PSP has answered (PSP intents)
        JsonNode payment = system.awaitPayment(orderId, p -> TheSystem.decimal(p, "refunded").compareTo(new BigDecimal("49.90")) == 0
                && p.get("refunds").size() == 1);
        // back to the card the customer paid with: the order's only tender
        JsonNode refundedTo = payment.get("refunds").get(0).get("parts").get(0);
        assertThat(refundedTo.get("tenderId").asString()).isEqualTo(payment.get("tenders").get(0).get("tenderId").asString());
        assertThat(refundedTo.get("type").asString()).isEqualTo("CARD");
        assertThat(new BigDecimal(refundedTo.get("amount").asString())).isEqualByComparingTo("49.90");
        await().atMost(TheSystem.PATIENCE).until(() -> system.onHand(Retailer.WAREHOUSE_BERLIN, "SKU-JACKET") == onHandBefore + 1);
        system.awaitMails(email, 3); // confirmation, shipment, refund
    }
}
