package com.omnidom.payment.payments;

import com.omnidom.events.EventType;
import com.omnidom.payment.payments.application.DunningRun;
import com.omnidom.platform.security.Roles;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TestCaller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.omnidom.payment.SampleEvents.onAccount;
import static com.omnidom.payment.SampleEvents.order;
import static com.omnidom.payment.SampleEvents.returnLine;
import static com.omnidom.payment.SampleEvents.returned;
import static com.omnidom.payment.SampleEvents.shipment;
import static com.omnidom.payment.SampleEvents.shipped;
import static com.omnidom.payment.SampleEvents.shipping;
import static com.omnidom.payment.SampleEvents.shirtsAndABook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders paid on account (same set-up as {@link PaymentsIT}): the invoice's due date, transfers entered by finance and
 * imported from camt.053 statements, dunning, write-off; every entry balances and the receivable ends at zero.
 */
class ReceivablesIT extends PaymentServiceWithPsp {

    private static final TestCaller FINANCE = TestCaller.of("fiona", Roles.FINANCE);
    private static final TestCaller CS_AGENT = TestCaller.of("carla", Roles.CS_AGENT);

    @Autowired
    DunningRun dunning;

    @Test
    void onAccountThenAPartialPaymentThenTwoRemindersThenPaidFromTheBankStatement() throws Exception {
        UUID orderId = UUID.randomUUID();
        String invoice = shippedOnAccount(orderId);
        JsonNode issued = event(orderId, EventType.INVOICE_ISSUED.type(), 1).getFirst();
        LocalDate due = LocalDate.parse(issued.get("dueDate").asString());
        assertThat(due).isAfterOrEqualTo(LocalDate.now().plusDays(13)).isBeforeOrEqualTo(LocalDate.now().plusDays(15));
        // nothing was paid: the invoice stays on the receivable, no capture entry
        assertThat(postings(orderId).get("balance").asString()).isEqualTo("45.63");
        JsonNode view = payment(orderId);
        assertThat(view.at("/invoices/0/dueDate").asString()).isEqualTo(due.toString());
        assertThat(view.at("/invoices/0/open").asString()).isEqualTo("45.63");
        assertThat(view.at("/summary/paid").asString()).isEqualTo("0.00");
        // the customer's invoice says by when and with which reference to transfer it; the shipping is a line of it
        assertThat(text(download(orderId, invoice, CS_AGENT).body())).contains("Standard shipping",
                "Payable by bank transfer by " + due + ": 45.63 EUR (" + invoice + ")");

        // a partial transfer entered by finance
        Http.Response partial = http.as(FINANCE).post("/api/v1/receivables/payments", Map.of("invoiceNumber", invoice,
                "amount", "20.00", "currency", "EUR", "valueDate", LocalDate.now().toString(), "reference", "SEPA-4711"));
        assertThat(partial.status()).isEqualTo(201);
        assertThat(partial.json().get("open").asString()).isEqualTo("25.63");
        JsonNode received = event(orderId, EventType.PAYMENT_RECEIVED.type(), 1).getFirst();
        assertThat(received.get("openAmount").asString()).isEqualTo("25.63");
        assertThat(received.get("source").asString()).isEqualTo("REST");

        // overdue: level 1 a week after the due date (no fee), level 2 three weeks after (5.00), each once (the runs
        // remind other tests' open invoices too: look at this one's)
        dunning.run(due.plusDays(6));
        assertThat(receivable(invoice).get("dunningLevel").asInt()).isZero();
        dunning.run(due.plusDays(7));
        dunning.run(due.plusDays(8));
        assertThat(receivable(invoice).get("dunningLevel").asInt()).isEqualTo(1);
        dunning.run(due.plusDays(21));
        dunning.run(due.plusDays(22));
        List<JsonNode> notices = event(orderId, EventType.DUNNING_NOTICE_ISSUED.type(), 2);
        assertThat(notices).extracting(n -> n.get("level").asInt() + " " + n.get("fee").asString() + " "
                + n.get("openAmount").asString() + " " + n.get("payBy").asString())
                .containsExactly("1 0.00 25.63 " + due.plusDays(14), "2 5.00 30.63 " + due.plusDays(28));
        JsonNode reminded = receivable(invoice);
        assertThat(reminded.get("open").asString()).isEqualTo("30.63");
        assertThat(reminded.get("fees").asString()).isEqualTo("5.00");
        assertThat(reminded.get("payBy").asString()).isEqualTo(due.plusDays(28).toString());
        assertThat(rows("journal_entry", orderId)).isEqualTo(3); // invoice, payment, the fee; level 1 had none
        assertThat(postings(orderId).get("balance").asString()).isEqualTo("30.63");

        // the rest arrives on the bank statement, with an entry nobody can match; imported twice
        String run = UUID.randomUUID().toString().substring(0, 8);
        String statement = statement(run, invoice, "30.63");
        Http.Response imported = importStatement(statement);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("entries")).extracting(e -> e.get("entryReference").asString() + " "
                + e.get("outcome").asString()).containsExactly(run + "-0001 MATCHED", run + "-0002 UNMATCHED");
        Http.Response again = importStatement(statement);
        assertThat(again.json().get("entries")).extracting(e -> e.get("outcome").asString())
                .containsExactly("DUPLICATE", "DUPLICATE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM receivable_payment WHERE invoice_number = ?", Long.class,
                invoice)).isEqualTo(2);
        JsonNode unmatched = http.as(CS_AGENT).get("/api/v1/receivables/unmatched").json();
        assertThat(unmatched.valueStream().filter(u -> u.get("entryReference").asString().equals(run + "-0002")).toList())
                .singleElement().satisfies(u -> {
                    assertThat(u.get("amount").asString()).isEqualTo("12.34");
                    assertThat(u.get("debtor").asString()).isEqualTo("Charles Babbage");
                    assertThat(u.get("problem").asString()).contains("no invoice number");
                });

        JsonNode paid = receivable(invoice);
        assertThat(paid.get("open").asString()).isEqualTo("0.00");
        assertThat(paid.get("paid").asString()).isEqualTo("50.63");
        assertThat(paid.get("payments")).extracting(p -> p.get("source").asString()).containsExactly("REST", "BANK_STATEMENT");
        assertThat(event(orderId, EventType.PAYMENT_RECEIVED.type(), 2).getLast().get("openAmount").asString()).isEqualTo("0.00");
        JsonNode settled = payment(orderId);
        assertThat(settled.at("/summary/open").asString()).isEqualTo("0.00");
        assertThat(settled.at("/summary/paid").asString()).isEqualTo("50.63");
        assertThat(settled.at("/invoices/0/dunningLevel").asInt()).isEqualTo(2);
        // INVOICE, PAYMENT_RECEIVED (bank 1200), DUNNING_FEE (2700; level 1 had none), PAYMENT_RECEIVED: all balanced, 0 open
        JsonNode postings = postings(orderId);
        assertThat(postings.get("balance").asString()).isEqualTo("0.00");
        assertThat(postings.get("entries")).extracting(e -> e.get("kind").asString())
                .containsExactly("INVOICE", "PAYMENT_RECEIVED", "DUNNING_FEE", "PAYMENT_RECEIVED");
        assertThat(postings.at("/entries/1/lines/0/account").asString()).isEqualTo("1200");
        assertThat(postings.at("/entries/2/lines/1/account").asString()).isEqualTo("2700");
        postings.get("entries").forEach(entry -> assertThat(ChargesIT.side(entry, "DEBIT")).as("entry %s", entry)
                .isEqualByComparingTo(ChargesIT.side(entry, "CREDIT")));
    }

    @Test
    void paymentsThatNameNoOpenInvoiceAnotherCurrencyOrTooMuchAreRefusedAndChangeNothing() {
        UUID orderId = UUID.randomUUID();
        String invoice = shippedOnAccount(orderId);

        assertThat(pay(Map.of("invoiceNumber", "INV-DE-1999-999999", "amount", "1.00", "currency", "EUR")))
                .satisfies(r -> assertProblem(r, 422, "invoiceNumber"));
        assertThat(pay(Map.of("invoiceNumber", invoice, "amount", "1.00", "currency", "CHF")))
                .satisfies(r -> assertProblem(r, 422, "currency"));
        assertThat(pay(Map.of("invoiceNumber", invoice, "amount", "45.64", "currency", "EUR")))
                .satisfies(r -> assertProblem(r, 422, "amount"));
        assertThat(pay(Map.of("invoiceNumber", invoice, "amount", "-1", "currency", "EUR")))
                .satisfies(r -> assertProblem(r, 422, "amount"));
        assertThat(http.as(CS_AGENT).post("/api/v1/receivables/payments", Map.of("invoiceNumber", invoice,
                "amount", "1.00", "currency", "EUR")).status()).isEqualTo(403);
        // malformed XML, a DTD (entity expansion / XXE), and XML that is no statement: 400, nothing imported
        Http.Response broken = importStatement("<Document><BkToCstmrStmt><Stmt>");
        assertProblem(broken, 400, null);
        Http.Response xxe = importStatement("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt><Id>&x;</Id>"
                + "</Stmt></BkToCstmrStmt></Document>");
        assertProblem(xxe, 400, null);
        assertProblem(importStatement("<Invoice/>"), 400, null);
        assertThat(http.as(CS_AGENT).exchange(HttpMethod.POST, "/api/v1/receivables/bank-statements",
                statement("x", invoice, "1.00"), MediaType.APPLICATION_XML).status()).isEqualTo(403);

        JsonNode untouched = receivable(invoice);
        assertThat(untouched.get("open").asString()).isEqualTo("45.63");
        assertThat(untouched.get("payments")).isEmpty();
        assertThat(postings(orderId).get("entries")).hasSize(1);
        assertThat(http.as(FINANCE).get("/api/v1/receivables/INV-DE-1999-999999").status()).isEqualTo(404);
    }

    @Test
    void financeWritesOffWhatIsOpenOnceAndAReturnCreditsTheInvoiceOnAccount() {
        UUID orderId = UUID.randomUUID();
        String invoice = shippedOnAccount(orderId);
        // one shirt comes back: credited on account, nothing paid out
        publish(returned(orderId, "14.99", returnLine("1", "SHIRT-M", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("credit_note", orderId) == 1);
        assertThat(receivable(invoice).get("open").asString()).isEqualTo("30.64");
        assertThat(postings(orderId).get("balance").asString()).isEqualTo("30.64");

        assertProblem(http.as(FINANCE).post("/api/v1/receivables/" + invoice + "/write-off", Map.of("reason", " ")), 422, "reason");
        assertThat(http.as(CS_AGENT).post("/api/v1/receivables/" + invoice + "/write-off", Map.of("reason", "x")).status())
                .isEqualTo(403);
        Http.Response written = http.as(FINANCE).post("/api/v1/receivables/" + invoice + "/write-off",
                Map.of("reason", "customer insolvent"));
        assertThat(written.status()).isEqualTo(200);
        assertThat(written.json().get("open").asString()).isEqualTo("0.00");
        assertThat(written.json().get("writtenOff").asString()).isEqualTo("30.64");
        JsonNode event = event(orderId, EventType.RECEIVABLE_WRITTEN_OFF.type(), 1).getFirst();
        assertThat(event.get("amount").asString()).isEqualTo("30.64");
        assertThat(event.get("writtenOffBy").asString()).isEqualTo("fiona");
        assertProblem(http.as(FINANCE).post("/api/v1/receivables/" + invoice + "/write-off", Map.of("reason", "again")), 409, null);
        assertThat(http.as(FINANCE).post("/api/v1/receivables/INV-DE-1999-999999/write-off", Map.of("reason", "x")).status())
                .isEqualTo(404);

        JsonNode postings = postings(orderId);
        assertThat(postings.get("balance").asString()).isEqualTo("0.00");
        assertThat(postings.get("entries")).extracting(e -> e.get("kind").asString())
                .containsExactly("INVOICE", "CREDIT_NOTE", "WRITE_OFF");
        assertThat(postings.at("/entries/2/lines/0/account").asString()).isEqualTo("2400");
        postings.get("entries").forEach(entry -> assertThat(ChargesIT.side(entry, "DEBIT")).as("entry %s", entry)
                .isEqualByComparingTo(ChargesIT.side(entry, "CREDIT")));
    }

    /** Shirts, a book and shipping (45.63) on account, shipped at once: the invoice's number. */
    private String shippedOnAccount(UUID orderId) {
        publish(order(orderId, shirtsAndABook(), List.of(shipping("ship", "4.95")), onAccount("acct", "45.63")));
        publish(shipment(orderId, UUID.randomUUID(), shipped("1", "SHIRT-M", 2), shipped("2", "BOOK-1", 1)));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> rows("invoice", orderId) == 1);
        return jdbc.queryForObject("SELECT invoice_number FROM invoice WHERE order_id = ?", String.class, orderId);
    }

    private Http.Response pay(Map<String, String> body) {
        return http.as(FINANCE).post("/api/v1/receivables/payments", body);
    }

    private Http.Response importStatement(String xml) {
        return http.as(FINANCE).exchange(HttpMethod.POST, "/api/v1/receivables/bank-statements", xml, MediaType.APPLICATION_XML);
    }

    private static void assertProblem(Http.Response response, int status, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) assertThat(response.text()).contains("\"" + field + "\"");
    }

    private JsonNode receivable(String invoice) {
        Http.Response response = http.as(CS_AGENT).get("/api/v1/receivables/" + invoice);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private JsonNode payment(UUID orderId) {
        return http.as(FINANCE).get("/api/v1/payments/" + orderId).json();
    }

    private JsonNode postings(UUID orderId) {
        return http.as(FINANCE).get("/api/v1/payments/" + orderId + "/postings").json();
    }

    private List<JsonNode> event(UUID orderId, String type, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> bodies(paymentEvents(orderId, 1), type).size() >= count);
        return bodies(paymentEvents(orderId, 1), type);
    }

    /** The sample statement with this run's references, the invoice and the amount of its transfer. */
    private static String statement(String run, String invoice, String amount) {
        try (InputStream in = ReceivablesIT.class.getResourceAsStream("/camt053/statement.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{RUN}}", run)
                    .replace("{{INVOICE}}", invoice).replace("{{AMOUNT}}", amount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
