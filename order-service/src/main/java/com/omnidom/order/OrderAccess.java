package com.omnidom.order;

import com.omnidom.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import static com.omnidom.platform.security.Roles.CHANNEL;
import static com.omnidom.platform.security.Roles.CS_AGENT;
import static com.omnidom.platform.security.Roles.OPS;
import static com.omnidom.platform.security.Roles.RISK_REVIEWER;

/**
 * Who may call what (the canvas's "Access" table says the same). Object-level limits are in the controllers: a channel
 * caller posts and reads only its own channel's orders; a customer-service agent without the channel role takes
 * call-centre orders only.
 */
@Configuration(proxyBeanMethods = false)
class OrderAccess {

    @Bean
    AccessRules orderAccessRules() {
        return AccessRules.define()
                .post("/api/v1/orders", CHANNEL, CS_AGENT)
                .get("/api/v1/orders", CHANNEL, CS_AGENT, RISK_REVIEWER)
                .get("/api/v1/orders/{id}", CHANNEL, CS_AGENT, RISK_REVIEWER)
                .post("/api/v1/orders/{id}/cancellation", CS_AGENT)
                .put("/api/v1/orders/{id}/delivery", CS_AGENT)
                .post("/api/v1/orders/{id}/notes", CS_AGENT)
                .post("/api/v1/orders/{id}/replacements", CS_AGENT)
                .get("/api/v1/customers/{customerId}", CS_AGENT)
                .get("/api/v1/reports/order-age", OPS, CS_AGENT)
                .allow(null, "/api/v1/risk/**", RISK_REVIEWER)
                .open(HttpMethod.POST, "/api/v1/channels/shopify/orders",
                        "Shopify signs each webhook: X-Shopify-Hmac-Sha256 is checked against the app secret (401 otherwise)");
    }
}
