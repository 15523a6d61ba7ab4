package com.omnidom.payment;

import com.omnidom.platform.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.omnidom.platform.security.Roles.ADMIN;
import static com.omnidom.platform.security.Roles.CS_AGENT;
import static com.omnidom.platform.security.Roles.FINANCE;
import static com.omnidom.platform.security.Roles.OPS;

/**
 * Who may call what (the canvas's Access table). Money moves only on events, so payments are read-only: finance reads
 * everything, customer service ("where is my money") and ops read with tender references masked (PaymentController).
 * Invoices and credit notes as PDF are for finance and customer service (a customer asks for a copy). Tax rules are
 * read by all three and changed by finance only: they decide what every invoice charges. An order's postings (its
 * debtor balance) are for finance and customer service; the daily export of every order's postings is finance's.
 * Chargebacks are decided (accepted, contested) by finance only, read by customer service too; the PSP's notifications
 * carry no token but its signature. Invoices paid on account: finance enters transfers, imports bank statements and
 * writes off; finance, customer service and ops read what is open and the unmatched statement entries. Gift cards are
 * issued and loaded by finance and admin (money comes in); customer service reads them (masked number) for a customer
 * asking what is left on a card.
 */
@Configuration(proxyBeanMethods = false)
class PaymentAccess {

    @Bean
    AccessRules paymentAccessRules() {
        return AccessRules.define()
                .get("/api/v1/payments/{orderId}", FINANCE, CS_AGENT, OPS)
                .get("/api/v1/payments/{orderId}/documents/{number}", FINANCE, CS_AGENT)
                .get("/api/v1/payments/{orderId}/postings", FINANCE, CS_AGENT)
                .get("/api/v1/postings/export", FINANCE)
                .get("/api/v1/tax-rules/{country}", FINANCE, CS_AGENT, OPS)
                .get("/api/v1/tax-rules/{country}/versions", FINANCE, CS_AGENT, OPS)
                .get("/api/v1/tax-rules/{country}/versions/{version}", FINANCE, CS_AGENT, OPS)
                .put("/api/v1/tax-rules/{country}", FINANCE)
                .get("/api/v1/chargebacks/{id}", FINANCE, CS_AGENT)
                .post("/api/v1/chargebacks/{id}/accept", FINANCE)
                .post("/api/v1/chargebacks/{id}/contest", FINANCE)
                .post("/api/v1/receivables/payments", FINANCE)
                .post("/api/v1/receivables/bank-statements", FINANCE)
                .get("/api/v1/receivables/unmatched", FINANCE, CS_AGENT, OPS)
                .get("/api/v1/receivables/{invoiceNumber}", FINANCE, CS_AGENT, OPS)
                .post("/api/v1/receivables/{invoiceNumber}/write-off", FINANCE)
                .put("/api/v1/gift-cards/{number}", FINANCE, ADMIN)
                .get("/api/v1/gift-cards/{number}", FINANCE, ADMIN, CS_AGENT)
                .put("/api/v1/loyalty-accounts/{account}", FINANCE, ADMIN)
                .get("/api/v1/loyalty-accounts/{account}", FINANCE, ADMIN, CS_AGENT)
                .open(HttpMethod.POST, "/api/v1/psp/notifications",
                        "the PSP signs each notification: Psp-Signature is checked against the shared secret (401 otherwise)");
    }
}
