package com.omnidom.notification;

import com.omnidom.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.omnidom.platform.security.Roles.CS_AGENT;
import static com.omnidom.platform.security.Roles.OPS;

/**
 * Who may call what (the canvas's Access table): customer service ("did the customer get the mail?") and ops read
 * the messages; they hold customers' addresses and texts, so nobody else does.
 */
@Configuration(proxyBeanMethods = false)
class NotificationAccess {

    @Bean
    AccessRules notificationAccessRules() {
        return AccessRules.define()
                .get("/api/v1/notifications", CS_AGENT, OPS)
                .get("/api/v1/notifications/{id}", CS_AGENT, OPS);
    }
}
