package com.omnidom.inventory;

import com.omnidom.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.omnidom.platform.security.Roles.ADMIN;
import static com.omnidom.platform.security.Roles.CHANNEL;
import static com.omnidom.platform.security.Roles.CS_AGENT;
import static com.omnidom.platform.security.Roles.OPS;
import static com.omnidom.platform.security.Roles.STORE;

/**
 * Who may call what (the canvas's "Access" table says the same). Admins keep the stock master data (imports,
 * corrections, safety stock, pools, rejection reasons); ops and admins the goods in transit; shops (channels), stores,
 * cs-agents and ops read availability; channels reserve for themselves. Object-level limits (a store its own location,
 * a channel its own reservations) are in the controllers.
 */
@Configuration(proxyBeanMethods = false)
class InventoryAccess {

    @Bean
    AccessRules inventoryAccessRules() {
        return AccessRules.define()
                .post("/api/v1/stock/imports", ADMIN)
                .get("/api/v1/stock/imports/{importId}", OPS, ADMIN)
                .get("/api/v1/stock", STORE, OPS, ADMIN)
                .get("/api/v1/stock/{locationId}/{sku}", STORE, OPS, ADMIN)
                .put("/api/v1/stock/{locationId}/{sku}", ADMIN)
                .get("/api/v1/availability/{locationId}/{sku}", CHANNEL, STORE, CS_AGENT, OPS)
                .post("/api/v1/availability/carts", CHANNEL, STORE, CS_AGENT, OPS)
                .get("/api/v1/reservations", CHANNEL, CS_AGENT, OPS, ADMIN)
                .get("/api/v1/reservations/{id}", CHANNEL, CS_AGENT, OPS, ADMIN)
                .put("/api/v1/reservations/{id}", CHANNEL, ADMIN)
                .delete("/api/v1/reservations/{id}", CHANNEL, ADMIN)
                .get("/api/v1/safety-stock-rules", OPS, ADMIN)
                .put("/api/v1/safety-stock-rules/{scope}/{key}", ADMIN)
                .delete("/api/v1/safety-stock-rules/{scope}/{key}", ADMIN)
                .get("/api/v1/inbound", OPS, ADMIN)
                .get("/api/v1/inbound/{id}", OPS, ADMIN)
                .put("/api/v1/inbound/{id}", OPS, ADMIN)
                .put("/api/v1/inbound/{id}/receipts/{receiptId}", OPS, ADMIN)
                .delete("/api/v1/inbound/{id}", OPS, ADMIN)
                .get("/api/v1/rejection-reasons", OPS, ADMIN)
                .put("/api/v1/rejection-reasons/{reason}", ADMIN)
                .delete("/api/v1/rejection-reasons/{reason}", ADMIN)
                .post("/api/v1/pools/{locationId}/{sku}/units", ADMIN)
                .put("/api/v1/pools/{locationId}/{sku}", ADMIN);
    }
}
