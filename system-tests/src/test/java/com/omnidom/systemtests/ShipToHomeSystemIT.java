package com.omnidom.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An order shipped to the customer's home: split across locations when no one location has it all, re-routed when a
 * store rejects it, captured and invoiced per shipment, its shipping charge with the first, each invoice mailed.
 */
@ExtendWith(RunningSystem.class)
class ShipToHomeSystemIT {

    private final TheSystem system;

    ShipToHomeSystemIT(TheSystem system) {
        this.system = system;
    }

    @Test
    void shipToHomeOrderSplitAcrossTwoLocationsIsShippedTwiceCapturedInTwoPartsAndInvoicedByMail() {
        String email = "split-" + UUID.randomUUID() + "@example.com";
        // 169.90 of goods and 4.95 for shipping, paid by card
        Map<String, Object> order = new HashMap<>(Retailer.shipToBerlin(email, "de", List.of(
                Retailer.line("SKU-JACKET", 1, "49.90"), Retailer.line("SKU-BOOTS", 1, "120.00"))));
        order.put("charges", List.of(Map.of("type", "SHIPPING", "name", "Standardversand", "amount", "4.95", "taxRate", "0.19")));
        order.put("tenders", List.of(Map.of("type", "CARD", "amount", "174.85", "reference", "auth-" + UUID.randomUUID())));
        String orderId = system.placeOrder(order);

        List<JsonNode> fulfillments = system.awaitFulfillments(orderId, 2);
        assertThat(fulfillments).extracting(f -> f.get("locationId").asString())
                .containsExactlyInAnyOrder(Retailer.WAREHOUSE_BERLIN, Retailer.STORE_MUNICH);
        fulfillments.forEach(f -> system.ship(f.get("fulfillmentId").asString()));

        // captured counts the bookings at once; capture and invoice rows follow the PSP's answers (PSP intents)
        JsonNode payment = system.awaitPayment(orderId, p -> TheSystem.decimal(p, "captured").compareTo(new BigDecimal("174.85")) == 0
                && p.get("captures").size() == 2 && p.get("invoices").size() == 2);
        // the shipping charge is captured and invoiced once, with the first shipment
        BigDecimal invoiced = BigDecimal.ZERO;
        for (JsonNode invoice : payment.get("invoices")) invoiced = invoiced.add(new BigDecimal(invoice.get("gross").asString()));
        assertThat(invoiced).isEqualByComparingTo("174.85");
        system.awaitOrderStatus(orderId, "COMPLETED");
        // the confirmation, and each shipment's mail with its invoice as PDF (payment-service → notification-service)
        List<MimeMessage> mails = system.awaitMails(email, 3);
        List<String> invoiceFiles = payment.get("invoices").valueStream().map(i -> i.get("invoiceNumber").asString() + ".pdf").toList();
        assertThat(mails.stream().flatMap(m -> TheSystem.attachments(m).stream()).toList())
                .containsExactlyInAnyOrderElementsOf(invoiceFiles);
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
