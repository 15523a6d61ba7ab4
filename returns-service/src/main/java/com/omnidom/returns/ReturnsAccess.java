package com.omnidom.returns;

import com.omnidom.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.omnidom.platform.security.Roles.CHANNEL;
import static com.omnidom.platform.security.Roles.CS_AGENT;
import static com.omnidom.platform.security.Roles.FINANCE;
import static com.omnidom.platform.security.Roles.OPS;
import static com.omnidom.platform.security.Roles.STORE;

/**
 * Who may call what (the canvas's Access table). Stores and channels are further limited to their own location and
 * their own orders (ReturnController, ReturnableController).
 */
@Configuration(proxyBeanMethods = false)
class ReturnsAccess {

    @Bean
    AccessRules returnsAccessRules() {
        return AccessRules.define()
                .post("/api/v1/returns", CS_AGENT, CHANNEL, STORE)
                // receiving fixes the refund: the receiving store or warehouse (role store, its own location), or ops
                .post("/api/v1/returns/{id}/receive", STORE, OPS)
                .post("/api/v1/returns/{id}/cancel", CS_AGENT, CHANNEL, STORE)
                .get("/api/v1/returns", CS_AGENT, OPS, FINANCE, CHANNEL, STORE)
                .get("/api/v1/returns/{id}", CS_AGENT, OPS, FINANCE, CHANNEL, STORE)
                .get("/api/v1/orders/{orderId}/returnable", CHANNEL, STORE, CS_AGENT)
                .get("/api/v1/returnable-orders", CHANNEL, STORE, CS_AGENT);
    }
}
