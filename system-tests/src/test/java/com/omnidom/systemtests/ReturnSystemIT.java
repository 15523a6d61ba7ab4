package com.omnidom.systemtests;

import com.omnidom.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A return after shipment, with the money across all services: a shop's order discount shared by the lines, the
 * shipment captured and invoiced, one unit back refunded at its discounted price to the tender the customer paid
 * with, credited, restocked where it was received; the order's postings leave nothing open.
 */
@ExtendWith(RunningSystem.class)
class ReturnSystemIT {

    private final TheSystem system;

    ReturnSystemIT(TheSystem system) {
        this.system = system;
    }

    @Test
    void returnIsRefundedAtItsDiscountedPriceToTheOriginalTenderCreditedAndRestocked() {
        String email = "return-" + UUID.randomUUID() + "@example.com";
        // two jackets at 49.90 with the shop's 10.00 welcome discount: 5.00 off each, 89.80 paid by card
        Map<String, Object> order = new HashMap<>(Retailer.shipToBerlin(email, "en", List.of(Retailer.line("SKU-JACKET", 2, "49.90"))));
        order.put("discounts", List.of(Map.of("code", "WELCOME10", "name", "Welcome discount", "amount", "10.00")));
        order.put("tenders", List.of(Map.of("type", "CARD", "amount", "89.80", "reference", "auth-" + UUID.randomUUID())));
        String orderId = system.placeOrder(order);
        JsonNode fulfillment = system.awaitFulfillments(orderId, 1).getFirst();
        system.ship(fulfillment.get("fulfillmentId").asString());
        JsonNode shipped = system.awaitPayment(orderId, p -> TheSystem.decimal(p, "captured").compareTo(new BigDecimal("89.80")) == 0
                && p.get("invoices").size() == 1);
        JsonNode invoice = shipped.get("invoices").get(0);
        assertThat(new BigDecimal(invoice.get("gross").asString())).isEqualByComparingTo("89.80");
        assertThat(new BigDecimal(invoice.get("net").asString()).add(new BigDecimal(invoice.get("tax").asString())))
                .isEqualByComparingTo("89.80");
        int onHandBefore = system.onHand(Retailer.WAREHOUSE_BERLIN, "SKU-JACKET");

        system.returnOneAndReceiveAtBerlin(orderId);

        // refunded counts the booking at once; the refund row follows once the PSP has answered (PSP intents)
        JsonNode payment = system.awaitPayment(orderId, p -> TheSystem.decimal(p, "refunded").compareTo(new BigDecimal("44.90")) == 0
                && p.get("refunds").size() == 1 && p.get("creditNotes").size() == 1);
        // back to the card the customer paid with: the order's only tender, the unit's price after its share of the discount
        JsonNode refundedTo = payment.get("refunds").get(0).get("parts").get(0);
        assertThat(refundedTo.get("tenderId").asString()).isEqualTo(payment.get("tenders").get(0).get("tenderId").asString());
        assertThat(refundedTo.get("type").asString()).isEqualTo("CARD");
        assertThat(new BigDecimal(refundedTo.get("amount").asString())).isEqualByComparingTo("44.90");
        JsonNode creditNote = payment.get("creditNotes").get(0);
        assertThat(new BigDecimal(creditNote.get("gross").asString())).isEqualByComparingTo("44.90");
        assertThat(creditNote.get("invoiceNumbers").get(0).asString()).isEqualTo(invoice.get("invoiceNumber").asString());
        for (String number : List.of(invoice.get("invoiceNumber").asString(), creditNote.get("creditNoteNumber").asString())) {
            Http.Response pdf = system.payments.get("/api/v1/payments/" + orderId + "/documents/" + number);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.text()).startsWith("%PDF-");
        }
        // invoice, capture, credit note and refund: each balanced, the customer owes nothing and is owed nothing
        JsonNode postings = system.payments.get("/api/v1/payments/" + orderId + "/postings").json();
        assertThat(postings.get("entries").valueStream().map(e -> e.get("kind").asString()).toList())
                .contains("INVOICE", "CAPTURE", "CREDIT_NOTE", "REFUND");
        assertThat(TheSystem.decimal(postings, "balance")).isEqualByComparingTo("0");

        await().atMost(TheSystem.PATIENCE).until(() -> system.onHand(Retailer.WAREHOUSE_BERLIN, "SKU-JACKET") == onHandBefore + 1);
        system.awaitMails(email, 3); // confirmation, shipment, refund
    }
}
