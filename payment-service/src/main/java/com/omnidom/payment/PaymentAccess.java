package com.omnidom.payment;

import com.omnidom.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.omnidom.platform.security.Roles.CS_AGENT;
import static com.omnidom.platform.security.Roles.FINANCE;
import static com.omnidom.platform.security.Roles.OPS;

/**
 * Who may call what (the canvas's Access table). Money moves only on events, so payments are read-only: finance reads
 * everything, customer service ("where is my money") and ops read with tender references masked (PaymentController).
 * Invoices and credit notes as PDF are for finance and customer service (a customer asks for a copy). Tax rules are
 * read by all three and changed by finance only: they decide what every invoice charges. An order's postings (its
 * debtor balance) are for finance and customer service; the daily export of every order's postings is finance's.
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
                .put("/api/v1/tax-rules/{country}", FINANCE);
    }
}
