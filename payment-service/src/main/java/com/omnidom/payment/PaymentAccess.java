package com.omnidom.payment;

import com.omnidom.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.omnidom.platform.security.Roles.CS_AGENT;
import static com.omnidom.platform.security.Roles.FINANCE;
import static com.omnidom.platform.security.Roles.OPS;

/**
 * Who may call what (the canvas's Access table). Money moves only on events, so REST is read-only: finance reads
 * everything, customer service ("where is my money") and ops read with tender references masked (PaymentController).
 */
@Configuration(proxyBeanMethods = false)
class PaymentAccess {

    @Bean
    AccessRules paymentAccessRules() {
        return AccessRules.define()
                .get("/api/v1/payments/{orderId}", FINANCE, CS_AGENT, OPS);
    }
}
