package com.omnidom.payment.payments;

import com.omnidom.events.EventType;
import com.omnidom.events.TaxCategory;
import com.omnidom.events.Topics;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.returns.ReturnLine;
import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TopicProbe;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.payment.payments.application.DocumentNumbers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Date-effective tax rules, the tax point, credit notes at the invoice's rates, gap-free number ranges and the PDFs,
 * through the real path: events on the broker, a fresh database with the seeded rules, the PSP simulator.
 */
class TaxDocumentsIT extends PaymentServiceWithPsp {

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    PlatformTransactionManager transactions;

    private static final String INVOICED = EventType.INVOICE_ISSUED.type();
    private static final String CREDITED = EventType.CREDIT_NOTE_ISSUED.type();

    @Test
    void theGerman2020CaseIsInvoicedAt16PercentOnItsDayOfSupplyAndCreditedAtThatRateIn2021() throws Exception {
        UUID orderId = UUID.randomUUID();
        String auth = "psp-auth-" + orderId;
        PSP.ledger().authorize(auth, new BigDecimal("119.00"), "EUR");
        // accepted in June 2020 at 19 % (the channel's rate), shipped on 15 July 2020: 16 % was in force
        publish(order(orderId, Instant.parse("2020-06-20T09:00:00Z"), "DE", "de", "0.19", TaxCategory.STANDARD, 1,
                new OrderAccepted.Tender("card-1", OrderAccepted.TenderType.CARD, new BigDecimal("119.00"), auth)));
        publish(shipment(orderId, UUID.randomUUID(), Instant.parse("2020-07-15T08:00:00Z"), 1));

        JsonNode invoice = bodies(paymentEvents(orderId, 2), INVOICED).getFirst();
        assertThat(invoice.get("net").asString() + "+" + invoice.get("tax").asString() + "=" + invoice.get("gross").asString())
                .isEqualTo("102.59+16.41=119.00");
        String invoiceNumber = invoice.get("invoiceNumber").asString();
        assertThat(invoiceNumber).matches("INV-DE-\\d{4}-\\d{6}");

        // returned in January 2021, when 19 % is in force again: credited at the invoice's 16 %
        publish(returned(orderId, Instant.parse("2021-01-20T10:00:00Z"), "119.00", 1));

        JsonNode credit = bodies(paymentEvents(orderId, 4), CREDITED).getFirst();
        assertThat(credit.get("net").asString() + "+" + credit.get("tax").asString() + "=" + credit.get("gross").asString())
                .isEqualTo("102.59+16.41=119.00");
        assertThat(credit.get("invoiceNumbers").get(0).asString()).isEqualTo(invoiceNumber);
        String creditNumber = credit.get("creditNoteNumber").asString();
        assertThat(creditNumber).matches("CN-DE-\\d{4}-\\d{6}");

        JsonNode payment = http.as(TestCaller.of("carla", Roles.CS_AGENT)).get("/api/v1/payments/" + orderId).json();
        assertThat(payment.at("/invoices/0/invoiceNumber").asString()).isEqualTo(invoiceNumber);
        assertThat(payment.at("/invoices/0/taxPoint").asString()).isEqualTo("2020-07-15");
        assertThat(payment.at("/invoices/0/country").asString()).isEqualTo("DE");
        assertThat(payment.at("/invoices/0/taxes/0/rate").asString()).isEqualTo("0.16");
        assertThat(payment.at("/creditNotes/0/creditNoteNumber").asString()).isEqualTo(creditNumber);
        assertThat(payment.at("/creditNotes/0/taxes/0/rate").asString()).isEqualTo("0.16");
        assertThat(payment.at("/lines/0/taxCategory").asString()).isEqualTo("STANDARD");

        // the documents as PDF, in the customer's language, with the company and the totals
        HttpResponse<byte[]> pdf = download(orderId, invoiceNumber, TestCaller.of("carla", Roles.CS_AGENT));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(text(pdf.body())).contains("Rechnung " + invoiceNumber, "Omnidom Retail GmbH", "Ada Lovelace",
                "Hauptstraße 1", "Leistungsdatum: 15.07.2020",
                "102,59 EUR", "16,41 EUR", "119,00 EUR", "16 %");
        String creditText = text(download(orderId, creditNumber, TestCaller.of("fiona", Roles.FINANCE)).body());
        assertThat(creditText).contains(creditNumber, invoiceNumber, "Omnidom Retail GmbH", "102,59 EUR", "16,41 EUR", "119,00 EUR");
        assertThat(download(orderId, "INV-DE-1999-000001", TestCaller.of("fiona", Roles.FINANCE)).statusCode()).isEqualTo(404);
        assertThat(download(orderId, invoiceNumber, TestCaller.of("otto", Roles.OPS)).statusCode()).isEqualTo(403);
    }

    @Test
    void anInvoiceAndACreditNoteGoToTheCustomersMailAsPdfInTheirLanguageOnTheDocumentsTopic() throws Exception {
        UUID orderId = UUID.randomUUID();
        UUID fulfillmentId = UUID.randomUUID();
        publish(order(orderId, Instant.now(), "DE", "de", "0.19", TaxCategory.STANDARD, 1, giftCard("119.00")));
        publish(shipment(orderId, fulfillmentId, Instant.now(), 1));
        String invoiceNumber = bodies(paymentEvents(orderId, 2), INVOICED).getFirst().get("invoiceNumber").asString();

        JsonNode invoiceDocument = documents(orderId, 1).getFirst();
        assertThat(invoiceDocument.get("documentNumber").asString()).isEqualTo(invoiceNumber);
        assertThat(invoiceDocument.get("kind").asString()).isEqualTo("INVOICE");
        assertThat(invoiceDocument.get("fulfillmentId").asString()).isEqualTo(fulfillmentId.toString());
        assertThat(invoiceDocument.get("language").asString()).isEqualTo("de");
        assertThat(invoiceDocument.get("fileName").asString()).isEqualTo(invoiceNumber + ".pdf");
        assertThat(invoiceDocument.get("contentType").asString()).isEqualTo("application/pdf");
        byte[] invoicePdf = java.util.Base64.getDecoder().decode(invoiceDocument.get("content").asString());
        assertThat(new String(invoicePdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(invoicePdf)).contains("Rechnung " + invoiceNumber, "119,00 EUR");

        ReturnReceived returnReceived = returned(orderId, Instant.now(), "119.00", 1);
        publish(returnReceived);
        String creditNumber = bodies(paymentEvents(orderId, 4), CREDITED).getFirst().get("creditNoteNumber").asString();
        JsonNode creditDocument = documents(orderId, 2).stream()
                .filter(d -> "CREDIT_NOTE".equals(d.get("kind").asString())).findFirst().orElseThrow();
        assertThat(creditDocument.get("documentNumber").asString()).isEqualTo(creditNumber);
        assertThat(creditDocument.get("returnId").asString()).isEqualTo(returnReceived.returnId().toString());
        assertThat(creditDocument.get("fulfillmentId").isNull()).isTrue();
        byte[] creditPdf = java.util.Base64.getDecoder().decode(creditDocument.get("content").asString());
        assertThat(new String(creditPdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(creditPdf)).contains("Rechnungskorrektur " + creditNumber, invoiceNumber);
    }

    /** The order's DocumentIssued events on payment.documents.v1. */
    private List<JsonNode> documents(UUID orderId, int count) {
        List<ConsumerRecord<String, byte[]>> records = TopicProbe.atLeast(bootstrap, Topics.PAYMENT_DOCUMENTS.name(), count,
                orderId.toString());
        assertThat(records).as("documents of order " + orderId).hasSizeGreaterThanOrEqualTo(count);
        return bodies(records, EventType.DOCUMENT_ISSUED.type());
    }

    @Test
    void aLineWithoutCategoryKeepsTheChannelsRateAndOneIn2021TakesTheRuleOfItsDay() {
        UUID orderId = UUID.randomUUID();
        publish(order(orderId, Instant.parse("2020-12-30T09:00:00Z"), "DE", "en", "0.16", null, 1, giftCard("119.00")));
        publish(shipment(orderId, UUID.randomUUID(), Instant.parse("2021-01-04T08:00:00Z"), 1));
        UUID categorised = UUID.randomUUID();
        publish(order(categorised, Instant.parse("2020-12-30T09:00:00Z"), "DE", "en", "0.16", TaxCategory.STANDARD, 1,
                giftCard("119.00")));
        // handed over at 00:30 in Berlin on 1 January 2021, still 31 December in UTC: the German day counts
        publish(shipment(categorised, UUID.randomUUID(), Instant.parse("2020-12-31T23:30:00Z"), 1));

        assertThat(bodies(paymentEvents(orderId, 2), INVOICED).getFirst().get("tax").asString())
                .as("old producer: the channel's 16 %").isEqualTo("16.41");
        assertThat(bodies(paymentEvents(categorised, 2), INVOICED).getFirst().get("tax").asString())
                .as("the rule of 2021-01-01: 19 %").isEqualTo("19.00");
    }

    @Test
    void eachCountryAndKindHasItsOwnGapFreeRange() {
        UUID orderId = UUID.randomUUID();
        int year = LocalDate.now(ZoneId.of("Europe/Vienna")).getYear();
        publish(order(orderId, Instant.now(), "AT", "en", "0.20", TaxCategory.STANDARD, 2, giftCard("238.00")));
        publish(shipment(orderId, UUID.randomUUID(), Instant.now(), 1));
        publish(shipment(orderId, UUID.randomUUID(), Instant.now(), 1));
        List<ConsumerRecord<String, byte[]>> events = paymentEvents(orderId, 4);
        publish(returned(orderId, Instant.now(), "119.00", 1));

        assertThat(bodies(events, INVOICED)).extracting(i -> i.get("invoiceNumber").asString())
                .containsExactlyInAnyOrder("INV-AT-" + year + "-000001", "INV-AT-" + year + "-000002");
        assertThat(bodies(events, INVOICED)).extracting(i -> i.get("tax").asString()).containsOnly("19.83");
        JsonNode credit = bodies(paymentEvents(orderId, 6), CREDITED).getFirst();
        assertThat(credit.get("creditNoteNumber").asString()).isEqualTo("CN-AT-" + year + "-000001");
        assertThat(jdbc.queryForList("SELECT kind || ' ' || last_number FROM document_number_range WHERE country = 'AT'",
                String.class)).containsExactlyInAnyOrder("INV 2", "CN 1");
    }

    @Test
    void aCategoryTheCountryHasNoRuleForIsDeadLetteredWithoutMoneyAndInvoicedOnceTheRuleIsAddedAndItIsRedriven() {
        UUID orderId = UUID.randomUUID();
        // Sweden's 6 % (books) is not seeded
        publish(order(orderId, Instant.now(), "SE", "en", "0.06", TaxCategory.SUPER_REDUCED, 1, giftCard("119.00")));
        FulfillmentShipped shipped = shipment(orderId, UUID.randomUUID(), Instant.now(), 1);

        publish(shipped);

        List<ConsumerRecord<String, byte[]>> dead = TopicProbe.atLeast(bootstrap,
                Topics.FULFILLMENT_EVENTS.deadLetter().name(), 1, orderId.toString());
        assertThat(TopicProbe.header(dead.getFirst(), "kafka_dlt-exception-message"))
                .contains("no tax rule for SUPER_REDUCED in SE");
        assertThat(rows("capture", orderId)).isZero();
        assertThat(rows("invoice", orderId)).isZero();

        // finance adds the rule, ops redrives the dead letter: invoiced at 6 %
        var finance = http.as(TestCaller.of("fiona", Roles.FINANCE));
        JsonNode sweden = finance.get("/api/v1/tax-rules/SE").json();
        List<Object> rules = new ArrayList<>(sweden.get("rules").valueStream()
                .map(r -> (Object) rule(r.get("category").asString(), r.get("rate").asString(), r.get("validFrom").asString(),
                        r.get("validUntil").isNull() ? null : r.get("validUntil").asString())).toList());
        rules.add(rule("SUPER_REDUCED", "0.06", "2019-01-01", null));
        assertThat(finance.put("/api/v1/tax-rules/SE", Map.of("basedOnVersion", sweden.get("version").asInt(),
                "rules", rules, "reason", "books at 6 %")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !jdbc.queryForList("SELECT id FROM dead_letter WHERE event_id = ?",
                Long.class, shipped.eventId().toString()).isEmpty());
        long id = jdbc.queryForObject("SELECT id FROM dead_letter WHERE event_id = ?", Long.class, shipped.eventId().toString());
        assertThat(http.as(TestCaller.of("otto", Roles.OPS)).post("/api/v1/dead-letters/" + id + "/redrive", null).status())
                .isEqualTo(200);

        JsonNode invoice = bodies(paymentEvents(orderId, 2), INVOICED).getFirst();
        assertThat(invoice.get("tax").asString()).isEqualTo("6.74");
        assertThat(invoice.get("invoiceNumber").asString()).startsWith("INV-SE-");
    }

    @Test
    void aNumberTakenInATransactionThatRollsBackIsGivenBack() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String first = transaction.execute(status -> numbers.next("rollback-co", "DE", DocumentNumbers.Kind.INV, 2030));
        String lost = transaction.execute(status -> {
            String number = numbers.next("rollback-co", "DE", DocumentNumbers.Kind.INV, 2030);
            status.setRollbackOnly();
            return number;
        });
        String next = transaction.execute(status -> numbers.next("rollback-co", "DE", DocumentNumbers.Kind.INV, 2030));

        assertThat(first).isEqualTo("INV-DE-2030-000001");
        assertThat(lost).isEqualTo("INV-DE-2030-000002");
        assertThat(next).as("no gap").isEqualTo("INV-DE-2030-000002");
        String creditNote = transaction.execute(status -> numbers.next("rollback-co", "DE", DocumentNumbers.Kind.CN, 2030));
        assertThat(creditNote).as("another kind, another range").isEqualTo("CN-DE-2030-000001");
    }

    @Test
    void aPickupWithoutAddressIsTaxedInTheCompanysCountry() {
        UUID orderId = UUID.randomUUID();
        OrderAccepted shipped = order(orderId, Instant.now(), "DE", "en", "0.19", TaxCategory.REDUCED, 1, giftCard("119.00"));
        publish(new OrderAccepted(shipped.eventId(), shipped.occurredAt(), orderId, shipped.orderNumber(), shipped.channel(),
                shipped.customer(), shipped.lines(), "EUR", shipped.total(),
                new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.PICKUP, null, null, "STORE-1"), shipped.tenders(), false));

        publish(new FulfillmentPickedUp(UUID.randomUUID(), Instant.now(), orderId, UUID.randomUUID(), "STORE-1",
                List.of(new FulfillmentLine("1", "COAT-1", 1))));

        JsonNode invoice = bodies(paymentEvents(orderId, 2), INVOICED).getFirst();
        assertThat(invoice.get("invoiceNumber").asString()).startsWith("INV-DE-");
        assertThat(invoice.get("tax").asString()).as("German 7 %").isEqualTo("7.79");
    }

    /** order-service gives a pickup the store's address: taxed where it is handed over, the documents name the customer only. */
    @Test
    void aPickupIsTaxedInItsStoresCountryAndAddressedToTheCustomerOnly() throws Exception {
        UUID orderId = UUID.randomUUID();
        OrderAccepted shipped = order(orderId, Instant.now(), "DE", "en", "0.19", TaxCategory.REDUCED, 1, giftCard("119.00"));
        OrderAccepted.Address store = new OrderAccepted.Address("Omnidom Utrecht Centrum", "Oudegracht 128", "3511 AX", "Utrecht", "NL");
        publish(new OrderAccepted(shipped.eventId(), shipped.occurredAt(), orderId, shipped.orderNumber(), shipped.channel(),
                shipped.customer(), shipped.lines(), "EUR", shipped.total(),
                new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.PICKUP, store, null, "STORE-UTR"), shipped.tenders(), false));

        publish(new FulfillmentPickedUp(UUID.randomUUID(), Instant.now(), orderId, UUID.randomUUID(), "STORE-UTR",
                List.of(new FulfillmentLine("1", "COAT-1", 1))));

        JsonNode invoice = bodies(paymentEvents(orderId, 2), INVOICED).getFirst();
        assertThat(invoice.get("invoiceNumber").asString()).startsWith("INV-NL-");
        assertThat(invoice.get("tax").asString()).as("Dutch 9 %").isEqualTo("9.83");
        String pdf = text(download(orderId, invoice.get("invoiceNumber").asString(), TestCaller.of("fiona", Roles.FINANCE)).body());
        assertThat(pdf).contains(shipped.customer().name()).doesNotContain("Oudegracht");
    }

    @Test
    void taxRulesAreVersionedChangedByFinanceOnlyAndRefusedWholeWhenBroken() {
        var finance = http.as(TestCaller.of("fiona", Roles.FINANCE));
        var agent = http.as(TestCaller.of("carla", Roles.CS_AGENT));
        JsonNode germany = agent.get("/api/v1/tax-rules/DE").json();
        assertThat(germany.get("version").asInt()).isEqualTo(1);
        assertThat(germany.get("rules").valueStream().map(r -> r.get("category").asString() + " " + r.get("rate").asString()
                + " " + r.get("validFrom").asString() + " " + r.get("validUntil").asString()))
                .contains("STANDARD 0.16 2020-07-01 2021-01-01", "REDUCED 0.05 2020-07-01 2021-01-01");
        // a country the seed leaves out (LU is seeded since the demo sells there)
        assertThat(agent.get("/api/v1/tax-rules/PT").status()).isEqualTo(404);

        Map<String, Object> standard = rule("STANDARD", "0.17", "2019-01-01", null);
        Http.Response created = finance.put("/api/v1/tax-rules/PT", change(0, standard, rule("REDUCED", "0.08", "2019-01-01", null)));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        assertThat(created.json().get("changedBy").asString()).isEqualTo("fiona");

        Http.Response overlapping = finance.put("/api/v1/tax-rules/PT", change(1, standard,
                rule("REDUCED", "0.08", "2019-01-01", null), rule("STANDARD", "0.16", "2020-07-01", "2021-01-01")));
        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(overlapping.json().at("/errors/0/field").asString()).isEqualTo("rules[2].validFrom");
        Http.Response badRate = finance.put("/api/v1/tax-rules/PT", change(1, rule("STANDARD", "17", "2019-01-01", null)));
        assertThat(badRate.status()).isEqualTo(422);
        assertThat(badRate.json().at("/errors/0/field").asString()).isEqualTo("rules[0].rate");
        assertThat(finance.put("/api/v1/tax-rules/XY", change(0, standard)).json().at("/errors/0/field").asString())
                .isEqualTo("country");
        assertThat(agent.get("/api/v1/tax-rules/PT").json().get("version").asInt()).as("nothing changed").isEqualTo(1);

        Http.Response changed = finance.put("/api/v1/tax-rules/PT", change(1, rule("STANDARD", "0.17", "2019-01-01", "2023-01-01"),
                rule("STANDARD", "0.16", "2023-01-01", "2024-01-01"), rule("STANDARD", "0.17", "2024-01-01", null)));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("version").asInt()).isEqualTo(2);
        Http.Response stale = finance.put("/api/v1/tax-rules/PT", change(1, standard));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(agent.put("/api/v1/tax-rules/PT", change(2, standard)).status()).isEqualTo(403);

        JsonNode versions = agent.get("/api/v1/tax-rules/PT/versions").json();
        assertThat(versions.valueStream().map(v -> v.get("version").asInt())).containsExactly(2, 1);
        assertThat(agent.get("/api/v1/tax-rules/PT/versions/1").json().get("rules").size()).isEqualTo(2);
        assertThat(agent.get("/api/v1/tax-rules/PT").json().get("rules").size()).isEqualTo(3);
    }

    private static Map<String, Object> rule(String category, String rate, String from, String until) {
        var rule = new java.util.LinkedHashMap<String, Object>();
        rule.put("category", category);
        rule.put("rate", rate);
        rule.put("validFrom", from);
        rule.put("validUntil", until);
        return rule;
    }

    @SafeVarargs
    private static Map<String, Object> change(int basedOnVersion, Map<String, Object>... rules) {
        return Map.of("basedOnVersion", basedOnVersion, "rules", List.of(rules), "reason", "test");
    }

    private static OrderAccepted.Tender giftCard(String amount) {
        return new OrderAccepted.Tender("gift-1", OrderAccepted.TenderType.GIFT_CARD, new BigDecimal(amount), "GC-" + UUID.randomUUID());
    }

    /** One line "1" of {@code quantity} × 119.00 gross, shipped to {@code country}. */
    private static OrderAccepted order(UUID orderId, Instant acceptedAt, String country, String language, String channelRate,
                                       TaxCategory category, int quantity, OrderAccepted.Tender tender) {
        return new OrderAccepted(UUID.randomUUID(), acceptedAt, orderId, "WEB-" + orderId.toString().substring(0, 8),
                OrderAccepted.Channel.WEB_SHOP, new OrderAccepted.Customer("C-1", "Ada Lovelace", "ada@example.org", null, language),
                List.of(new OrderAccepted.Line("1", "COAT-1", quantity, new BigDecimal("119.00"), new BigDecimal(channelRate), category)),
                "EUR", new BigDecimal("119.00").multiply(BigDecimal.valueOf(quantity)),
                new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.SHIP,
                        new OrderAccepted.Address("Ada Lovelace", "Hauptstraße 1", "1010", "Somewhere", country), null, null),
                List.of(tender), false);
    }

    private static FulfillmentShipped shipment(UUID orderId, UUID fulfillmentId, Instant at, int quantity) {
        return new FulfillmentShipped(UUID.randomUUID(), at, orderId, fulfillmentId, "WH-1",
                List.of(new FulfillmentLine("1", "COAT-1", quantity)), "DHL", "JJD000390007");
    }

    private static ReturnReceived returned(UUID orderId, Instant at, String amount, int quantity) {
        return new ReturnReceived(UUID.randomUUID(), at, orderId, UUID.randomUUID(), "WH-1",
                List.of(new ReturnLine("1", "COAT-1", quantity, true)), "EUR", new BigDecimal(amount));
    }
}
