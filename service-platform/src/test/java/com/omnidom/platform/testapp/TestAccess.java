package com.omnidom.platform.testapp;

import com.omnidom.platform.security.AccessRules;
import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The test application's access rules, and endpoints that show what the platform knows of the caller. */
@Configuration(proxyBeanMethods = false)
class TestAccess {

    @Bean
    AccessRules testRules() {
        return AccessRules.define()
                .get("/api/v1/callers/me/**", Roles.CHANNEL, Roles.CS_AGENT, Roles.STORE)
                .post("/api/v1/decisions", Roles.RISK_REVIEWER)
                .post("/api/v1/searches", Roles.CS_AGENT)
                .allow(null, "/api/v1/probes/**", Roles.ADMIN)
                .post("/api/v1/imports/probes", Roles.ADMIN);
    }

    @RestController
    static class CallerController {

        @GetMapping("/api/v1/callers/me")
        Caller me(Caller caller) {
            return caller;
        }

        /** Who decided comes from the token; a {@code decidedBy} in the body is ignored. */
        @PostMapping("/api/v1/decisions")
        Map<String, String> decide(@RequestBody Map<String, String> body, Caller caller) {
            return Map.of("decision", body.getOrDefault("decision", ""), "decidedBy", caller.subject());
        }

        @PostMapping("/api/v1/searches")
        Map<String, String> search(Caller caller) {
            return Map.of("by", caller.client());
        }

        /** A channel caller sees only its own channel: the scope claim must be there. */
        @GetMapping("/api/v1/callers/me/channel")
        Map<String, String> channel(Caller caller) {
            return Map.of("channel", String.valueOf(caller.onlyChannel(Roles.CS_AGENT)));
        }
    }
}
