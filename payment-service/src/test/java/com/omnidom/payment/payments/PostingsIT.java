package com.omnidom.payment.payments;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.EventType;
import com.omnidom.events.Topics;
import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.omnidom.payment.SampleEvents.card;
import static com.omnidom.payment.SampleEvents.giftCard;
import static com.omnidom.payment.SampleEvents.line;
import static com.omnidom.payment.SampleEvents.order;
import static com.omnidom.payment.SampleEvents.returnLine;
import static com.omnidom.payment.SampleEvents.returned;
import static com.omnidom.payment.SampleEvents.shipment;
import static com.omnidom.payment.SampleEvents.shipped;
import static com.omnidom.payment.SampleEvents.shirtsAndABook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Postings for the debtor system (same set-up as {@link PaymentsIT}): finance.postings.v1, the order's view, the export. */
class PostingsIT extends PaymentServiceWithPsp {

    private static final String POSTED = EventType.JOURNAL_ENTRY_POSTED.type();

    @Test
    void aSplitShipmentPaidByGiftCardAndCardThenAReturnLeavesTheDebtorAtZeroAndEveryEntryBalances() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("30.68"), "EUR");
        publish(order(orderId, shirtsAndABook(), card("card-1", "30.68", auth), giftCard("gift-1", "10.00", "GC-4711")));
        publish(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2)));
        publish(shipment(orderId, UUID.randomUUID(), shipped("2", "BOOK-1", 1)));

        List<JsonNode> shipped = entries(orderId, 4);
        JsonNode settled = postings(orderId, TestCaller.of("fiona", Roles.FINANCE));
        publish(returned(orderId, "14.99", returnLine("1", "SHIRT-M", 1)));
        List<JsonNode> all = entries(orderId, 6);

        // shipments: invoice then capture each; the first capture takes the gift card, then the card (PSP clearing)
        assertThat(shipped).extracting(e -> e.get("kind").asString()).containsExactly("INVOICE", "CAPTURE", "INVOICE", "CAPTURE");
        assertThat(lines(shipped.get(0))).containsExactly("1400 DEBIT 29.98", "8400 CREDIT 25.19 0.19", "1776 CREDIT 4.79 0.19");
        assertThat(shipped.get(0).get("document").asString()).matches("INV-DE-\\d{4}-\\d{6}");
        assertThat(lines(shipped.get(1))).containsExactly("1720 DEBIT 10.00 GIFT_CARD", "1360 DEBIT 19.98 CARD", "1400 CREDIT 29.98");
        assertThat(shipped.get(1).get("document").isNull()).isTrue();
        assertThat(lines(shipped.get(2))).containsExactly("1400 DEBIT 10.70", "8300 CREDIT 10.00 0.07", "1771 CREDIT 0.70 0.07");
        assertThat(lines(shipped.get(3))).containsExactly("1360 DEBIT 10.70 CARD", "1400 CREDIT 10.70");
        assertThat(settled.get("balance").asString()).isEqualTo("0.00");
        // the return: the card refunded first, the shirt credited at its invoice's 19 %
        assertThat(all.subList(4, 6)).extracting(e -> e.get("kind").asString()).containsExactly("REFUND", "CREDIT_NOTE");
        assertThat(lines(all.get(4))).containsExactly("1400 DEBIT 14.99", "1360 CREDIT 14.99 CARD");
        assertThat(lines(all.get(5))).containsExactly("1400 CREDIT 14.99", "8400 DEBIT 12.60 0.19", "1776 DEBIT 2.39 0.19");
        assertThat(all.get(5).get("document").asString()).matches("CN-DE-\\d{4}-\\d{6}");
        all.forEach(entry -> assertThat(side(entry, "DEBIT")).as("entry %s", entry).isEqualByComparingTo(side(entry, "CREDIT")));
        assertThat(all).extracting(e -> e.get("entryNumber").asLong()).isSorted().doesNotHaveDuplicates();

        JsonNode view = postings(orderId, TestCaller.of("carla", Roles.CS_AGENT));
        assertThat(view.get("balance").asString()).isEqualTo("0.00");
        assertThat(view.get("receivableAccount").asString()).isEqualTo("1400");
        assertThat(view.get("entries").valueStream().map(e -> e.get("entryId").asString()))
                .containsExactlyElementsOf(all.stream().map(e -> e.get("entryId").asString()).toList());
        assertThat(view.at("/entries/1/amount").asString()).isEqualTo("29.98");
        // immutable: a correction is a new entry, never an edit
        assertThatThrownBy(() -> jdbc.update("UPDATE journal_entry SET amount = 1 WHERE order_id = ?", orderId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM journal_entry WHERE order_id = ?", orderId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
    }

    /**
     * Two kits at 49.99 as order-service explodes them (its CatalogIntakeIT): 99.98 over a mug (30.00, 19 %) and three
     * spoons (4.00, 7 %) each, every unit priced to the cent. The mugs leave one location, the spoons another; one kit
     * comes back. Each unit is captured, invoiced, refunded and credited at its own price and its invoice's rate.
     */
    @Test
    void aBundleShippedInTwoPartsAndHalfReturnedStaysExactToTheCentAndLeavesTheDebtorAtZero() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("99.98"), "EUR");
        publish(order(orderId, List.of(line("2", "CI-MUG", 1, "35.71", "0.19"), line("3", "CI-MUG", 1, "35.70", "0.19"),
                line("4", "CI-SPOON", 1, "4.77", "0.07"), line("5", "CI-SPOON", 5, "4.76", "0.07")), card("card-1", "99.98", auth)));
        publish(shipment(orderId, UUID.randomUUID(), shipped("2", "CI-MUG", 1), shipped("3", "CI-MUG", 1)));
        publish(shipment(orderId, UUID.randomUUID(), shipped("4", "CI-SPOON", 1), shipped("5", "CI-SPOON", 5)));
        entries(orderId, 4);
        // one kit back: a mug and three spoons, refunded at what they were charged
        publish(returned(orderId, "50.00", returnLine("2", "CI-MUG", 1), returnLine("4", "CI-SPOON", 1),
                returnLine("5", "CI-SPOON", 2)));
        List<JsonNode> all = entries(orderId, 6);

        assertThat(all).extracting(e -> e.get("kind").asString())
                .containsExactly("INVOICE", "CAPTURE", "INVOICE", "CAPTURE", "REFUND", "CREDIT_NOTE");
        assertThat(all).extracting(e -> side(e, "DEBIT").toPlainString())
                .containsExactly("71.41", "71.41", "28.57", "28.57", "50.00", "50.00");
        all.forEach(entry -> assertThat(side(entry, "DEBIT")).as("entry %s", entry).isEqualByComparingTo(side(entry, "CREDIT")));
        JsonNode payment = http.as(TestCaller.of("fiona", Roles.FINANCE)).get("/api/v1/payments/" + orderId).json();
        assertThat(payment.get("captured").asString()).isEqualTo("99.98");
        assertThat(payment.get("refunded").asString()).isEqualTo("50.00");
        JsonNode creditNote = payment.at("/creditNotes/0");
        // the mug from the first shipment's invoice at 19 %, the spoons from the second's at 7 %
        assertThat(creditNote.get("invoiceNumbers").valueStream().map(JsonNode::asString)).containsExactly(
                payment.at("/invoices/0/invoiceNumber").asString(), payment.at("/invoices/1/invoiceNumber").asString());
        assertThat(creditNote.get("taxes").valueStream().map(t -> new BigDecimal(t.get("rate").asString()).stripTrailingZeros()
                .toPlainString() + " " + t.get("gross").asString())).containsExactlyInAnyOrder("0.19 35.71", "0.07 14.29");
        creditNote.get("taxes").forEach(t -> assertThat(new BigDecimal(t.get("net").asString())
                .add(new BigDecimal(t.get("tax").asString()))).isEqualByComparingTo(t.get("gross").asString()));
        assertThat(postings(orderId, TestCaller.of("fiona", Roles.FINANCE)).get("balance").asString()).isEqualTo("0.00");
    }

    @Test
    void theDailyExportHoldsEveryLineOfTheDaysEntriesAsCsvForFinanceOnly() {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("40.68"), "EUR");
        publish(order(orderId, shirtsAndABook(), card("card-1", "40.68", auth)));
        publish(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2), shipped("2", "BOOK-1", 1)));
        List<JsonNode> entries = entries(orderId, 2);
        String day = entries.getFirst().get("businessDay").asString();

        Http.Response export = http.as(TestCaller.of("fiona", Roles.FINANCE)).get("/api/v1/postings/export?date=" + day);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.headers().getFirst("Content-Disposition")).contains("postings-" + day + ".csv");
        List<String> rows = export.text().lines().toList();
        assertThat(rows.getFirst()).isEqualTo("entry_number,entry_id,business_day,posted_at,company,kind,source_id,"
                + "document,order_id,account,debit,credit,currency,tax_rate,tender_type");
        List<String[]> ours = rows.stream().skip(1).map(row -> row.split(",", -1))
                .filter(cells -> cells[8].equals(orderId.toString())).toList();
        // invoice: receivable, revenue and VAT at 19 % and 7 %; capture: PSP clearing and receivable
        assertThat(ours).extracting(cells -> cells[5] + " " + cells[9] + " " + cells[10] + "/" + cells[11] + " " + cells[12] + " " + cells[13] + " " + cells[14])
                .containsExactly("INVOICE 1400 40.68/ EUR  ", "INVOICE 8300 /10.00 EUR 0.07 ", "INVOICE 1771 /0.70 EUR 0.07 ",
                        "INVOICE 8400 /25.19 EUR 0.19 ", "INVOICE 1776 /4.79 EUR 0.19 ",
                        "CAPTURE 1360 40.68/ EUR  CARD", "CAPTURE 1400 /40.68 EUR  ");
        assertThat(ours).allSatisfy(cells -> assertThat(cells).hasSize(15));
        // every entry of the day balances in the file
        Map<String, BigDecimal> balance = new HashMap<>();
        rows.stream().skip(1).map(row -> row.split(",", -1)).forEach(cells -> balance.merge(cells[0],
                amount(cells[10]).subtract(amount(cells[11])), BigDecimal::add));
        assertThat(balance.values()).allSatisfy(sum -> assertThat(sum).isZero());
        assertThat(http.as(TestCaller.of("carla", Roles.CS_AGENT)).get("/api/v1/postings/export?date=" + day).status()).isEqualTo(403);
        assertThat(http.as(TestCaller.of("fiona", Roles.FINANCE)).get("/api/v1/postings/export?date=yesterday").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/payments/" + UUID.randomUUID() + "/postings").status()).isEqualTo(404);
    }

    private List<JsonNode> entries(UUID orderId, int count) {
        var records = TopicProbe.atLeast(bootstrap, Topics.FINANCE_POSTINGS.name(), count, orderId.toString());
        assertThat(records).as("postings of order " + orderId).hasSizeGreaterThanOrEqualTo(count);
        assertThat(records).allSatisfy(r -> assertThat(TopicProbe.header(r, CloudEventHeaders.TYPE)).isEqualTo(POSTED));
        return bodies(records, POSTED).stream()
                .sorted((a, b) -> Long.compare(a.get("entryNumber").asLong(), b.get("entryNumber").asLong())).toList();
    }

    private JsonNode postings(UUID orderId, TestCaller caller) {
        Http.Response response = http.as(caller).get("/api/v1/payments/" + orderId + "/postings");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    /** "account SIDE amount [taxRate] [tenderType]" per line. */
    private static List<String> lines(JsonNode entry) {
        return entry.get("lines").valueStream().map(line -> String.join(" ", Arrays.stream(new String[]{
                line.get("account").asString(), line.get("side").asString(), line.get("amount").asString(),
                line.get("taxRate").isNull() ? null : line.get("taxRate").asString(),
                line.get("tenderType").isNull() ? null : line.get("tenderType").asString()}).filter(s -> s != null).toList()))
                .toList();
    }

    private static BigDecimal side(JsonNode entry, String side) {
        return entry.get("lines").valueStream().filter(line -> line.get("side").asString().equals(side))
                .map(line -> new BigDecimal(line.get("amount").asString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal amount(String cell) {
        return cell.isEmpty() ? BigDecimal.ZERO : new BigDecimal(cell);
    }
}
