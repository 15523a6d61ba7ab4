package com.omnidom.catalog;

import com.omnidom.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.omnidom.platform.security.Roles.ADMIN;
import static com.omnidom.platform.security.Roles.CHANNEL;
import static com.omnidom.platform.security.Roles.CS_AGENT;
import static com.omnidom.platform.security.Roles.OPS;
import static com.omnidom.platform.security.Roles.PARTNER;
import static com.omnidom.platform.security.Roles.STORE;

/**
 * Who may call what (the canvas's Access table): admins write the catalog and run imports; the systems and people
 * that sell, fulfil or support read it (promotions too: shops show them, agents explain them). A partner reads only its own locations (LocationController).
 */
@Configuration(proxyBeanMethods = false)
class CatalogAccess {

    private static final String[] READERS = {CHANNEL, STORE, PARTNER, CS_AGENT, OPS, ADMIN};

    @Bean
    AccessRules catalogAccessRules() {
        return AccessRules.define()
                .post("/api/v1/articles", ADMIN)
                .put("/api/v1/articles/{sku}", ADMIN)
                .get("/api/v1/articles", READERS)
                .get("/api/v1/articles/{sku}", READERS)
                .post("/api/v1/locations", ADMIN)
                .put("/api/v1/locations/{id}", ADMIN)
                .get("/api/v1/locations", READERS)
                .get("/api/v1/locations/{id}", READERS)
                .post("/api/v1/promotions", ADMIN)
                .put("/api/v1/promotions/{id}", ADMIN)
                .get("/api/v1/promotions", READERS)
                .get("/api/v1/promotions/{id}", READERS)
                .post("/api/v1/imports/articles", ADMIN)
                .post("/api/v1/imports/locations", ADMIN)
                .get("/api/v1/imports/{id}", ADMIN, OPS);
    }
}
