package com.omnidom.payment.payments;

import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TestCaller;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.omnidom.payment.SampleEvents.card;
import static com.omnidom.payment.SampleEvents.cancellation;
import static com.omnidom.payment.SampleEvents.cancelledLine;
import static com.omnidom.payment.SampleEvents.order;
import static com.omnidom.payment.SampleEvents.returnLine;
import static com.omnidom.payment.SampleEvents.returned;
import static com.omnidom.payment.SampleEvents.shipment;
import static com.omnidom.payment.SampleEvents.shipped;
import static com.omnidom.payment.SampleEvents.shipping;
import static com.omnidom.payment.SampleEvents.shirtsAndABook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Order charges (same set-up as {@link PaymentsIT}): with the first capture, refunded with the last units, released with a full cancel. */
class ChargesIT extends PaymentServiceWithPsp {

    private static final TestCaller FINANCE = TestCaller.of("fiona", Roles.FINANCE);

    @Test
    void shippingIsCapturedAndInvoicedOnceWithTheFirstShipmentAndRefundedOnceWithTheLastReturn() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("45.63"), "EUR");
        publish(order(orderId, shirtsAndABook(), List.of(shipping("ship-1", "4.95")), card("card-1", "45.63", auth)));
        publish(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2)));
        awaitRows("invoice", orderId, 1);
        publish(shipment(orderId, UUID.randomUUID(), shipped("2", "BOOK-1", 1)));
        awaitRows("invoice", orderId, 2);

        JsonNode shipped = payment(orderId);
        // the first capture: two shirts 29.98 + shipping 4.95 at the standard rule (DE 19 %); the second the book alone
        assertThat(shipped.at("/captures/0/amount").asString()).isEqualTo("34.93");
        assertThat(shipped.at("/captures/1/amount").asString()).isEqualTo("10.70");
        assertThat(shipped.at("/invoices/0/gross").asString()).isEqualTo("34.93");
        assertThat(shipped.at("/invoices/0/taxes/0/rate").asString()).isEqualTo("0.19");
        assertThat(shipped.at("/invoices/0/taxes/0/tax").asString()).isEqualTo("5.58"); // 34.93 / 1.19 = 29.35 net
        assertThat(shipped.at("/invoices/1/gross").asString()).isEqualTo("10.70");
        assertThat(shipped.get("charges")).hasSize(1);
        assertThat(shipped.at("/charges/0/chargeId").asString()).isEqualTo("ship-1");
        assertThat(shipped.at("/charges/0/type").asString()).isEqualTo("SHIPPING");
        assertThat(shipped.at("/charges/0/amount").asString()).isEqualTo("4.95");
        assertThat(shipped.at("/charges/0/captured").asBoolean()).isTrue();
        assertThat(shipped.get("lines")).hasSize(2);
        assertThat(shipped.at("/summary/captured").asString()).isEqualTo("45.63");
        assertThat(shipped.at("/summary/invoiced").asString()).isEqualTo("45.63");
        assertThat(shipped.at("/summary/open").asString()).isEqualTo("0.00");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().captured()).isEqualTo("45.63");

        // a first return of one shirt leaves units at the customer: the shipping stays
        publish(returned(orderId, "14.99", returnLine("1", "SHIRT-M", 1)));
        awaitRows("credit_note", orderId, 1);
        // the return of the last units brings the shipping back too, with its credit note line
        publish(returned(orderId, "25.69", returnLine("1", "SHIRT-M", 1), returnLine("2", "BOOK-1", 1)));
        awaitRows("credit_note", orderId, 2);

        JsonNode done = payment(orderId);
        assertThat(done.at("/refunds/0/amount").asString()).isEqualTo("14.99");
        assertThat(done.at("/refunds/1/amount").asString()).isEqualTo("30.64");
        assertThat(done.at("/creditNotes/0/gross").asString()).isEqualTo("14.99");
        assertThat(done.at("/creditNotes/1/gross").asString()).isEqualTo("30.64");
        assertThat(done.at("/charges/0/refunded").asBoolean()).isTrue();
        assertThat(done.get("refunded").asString()).isEqualTo("45.63");
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().refunded()).isEqualTo("45.63");
        // charged once, invoiced once, credited once
        assertThat(jdbc.queryForObject("SELECT count(*) FROM invoice, jsonb_array_elements(lines) l "
                + "WHERE order_id = ? AND l->>'lineId' = 'charge:ship-1'", Long.class, orderId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM credit_note, jsonb_array_elements(lines) l "
                + "WHERE order_id = ? AND l->>'lineId' = 'charge:ship-1'", Long.class, orderId)).isEqualTo(1);
        JsonNode postings = http.as(FINANCE).get("/api/v1/payments/" + orderId + "/postings").json();
        assertThat(postings.get("balance").asString()).isEqualTo("0.00");
        assertThat(postings.get("entries")).hasSize(8);
        postings.get("entries").forEach(entry -> assertThat(side(entry, "DEBIT")).as("entry %s", entry)
                .isEqualByComparingTo(side(entry, "CREDIT")));
    }

    @Test
    void cancellingEveryLineBeforeAnyShipmentReleasesTheChargeToo() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("45.63"), "EUR");
        publish(order(orderId, shirtsAndABook(), List.of(shipping("ship-1", "4.95")), card("card-1", "45.63", auth)));
        // the shirts first: the book and the shipping stay authorised
        publish(cancellation(orderId, cancelledLine("1", "SHIRT-M", 2)));
        awaitRows("authorization_release", orderId, 1);
        assertThat(payment(orderId).at("/releases/0/amount").asString()).isEqualTo("29.98");
        publish(cancellation(orderId, cancelledLine("2", "BOOK-1", 1)));
        awaitRows("authorization_release", orderId, 2);

        JsonNode view = payment(orderId);
        assertThat(view.at("/releases/1/amount").asString()).isEqualTo("15.65");
        assertThat(view.get("released").asString()).isEqualTo("45.63");
        assertThat(view.at("/charges/0/cancelled").asBoolean()).isTrue();
        assertThat(PSP.ledger().findAuthorization(auth).orElseThrow().released()).isEqualTo("45.63");
    }

    private void awaitRows(String table, UUID orderId, long count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> rows(table, orderId) >= count);
    }

    private JsonNode payment(UUID orderId) {
        Http.Response response = http.as(FINANCE).get("/api/v1/payments/" + orderId);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    static BigDecimal side(JsonNode entry, String side) {
        return entry.get("lines").valueStream().filter(line -> line.get("side").asString().equals(side))
                .map(line -> new BigDecimal(line.get("amount").asString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
