package com.omnidom.routing;

import com.omnidom.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.omnidom.platform.security.Roles.ADMIN;
import static com.omnidom.platform.security.Roles.CS_AGENT;
import static com.omnidom.platform.security.Roles.OPS;
import static com.omnidom.platform.security.Roles.PARTNER;
import static com.omnidom.platform.security.Roles.STORE;

/**
 * Who may call what (the canvas's "Access" table says the same). Fulfilment orders: stores and partners work their
 * own (the fulfilment feature's WorkScopes limits them to their locations), cs-agents read all, ops read all and may
 * act for any location (a store whose till is down phones ops). Routing profiles: admins write, everyone of
 * staff reads. Manual assignment: cs-agents (a customer on the phone) and ops. Replay exports: ops and admins.
 */
@Configuration(proxyBeanMethods = false)
class RoutingAccess {

    @Bean
    AccessRules routingAccessRules() {
        return AccessRules.define()
                .get("/api/v1/fulfillments", STORE, PARTNER, CS_AGENT, OPS)
                .get("/api/v1/fulfillments/{id}", STORE, PARTNER, CS_AGENT, OPS)
                .get("/api/v1/orders/{orderId}/fulfillments", STORE, PARTNER, CS_AGENT, OPS)
                .post("/api/v1/fulfillments/{id}/acknowledge", STORE, PARTNER, OPS)
                .post("/api/v1/fulfillments/{id}/reject", STORE, PARTNER, OPS)
                .post("/api/v1/fulfillments/{id}/ship", STORE, PARTNER, OPS)
                .post("/api/v1/fulfillments/{id}/ready-for-pickup", STORE, PARTNER, OPS)
                .post("/api/v1/fulfillments/{id}/picked-up", STORE, PARTNER, OPS)
                .get("/api/v1/orders/{orderId}/routing-decisions", CS_AGENT, OPS, ADMIN)
                .post("/api/v1/orders/{orderId}/manual-assignments", CS_AGENT, OPS)
                .get("/api/v1/routing-profiles", CS_AGENT, OPS, ADMIN)
                .post("/api/v1/routing-profiles", ADMIN)
                .get("/api/v1/routing-profiles/compare", CS_AGENT, OPS, ADMIN)
                .get("/api/v1/routing-profiles/{id}", CS_AGENT, OPS, ADMIN)
                .get("/api/v1/routing-profiles/{id}/engine-profile", CS_AGENT, OPS, ADMIN)
                .get("/api/v1/routing-profiles/{id}/shadow-report", CS_AGENT, OPS, ADMIN)
                .post("/api/v1/routing-profiles/{id}/validate", ADMIN)
                .post("/api/v1/routing-profiles/{id}/activate", ADMIN)
                .post("/api/v1/routing-profiles/{id}/shadow", ADMIN)
                .post("/api/v1/routing-profiles/{id}/retire", ADMIN)
                .get("/api/v1/routing-exports/locations", OPS, ADMIN)
                .get("/api/v1/routing-exports/orders", OPS, ADMIN);
    }
}
