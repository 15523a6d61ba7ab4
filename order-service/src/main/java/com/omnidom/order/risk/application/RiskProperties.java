package com.omnidom.order.risk.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param enabled        off: every order is accepted unchecked (for a retailer without fraud exposure; lists are ignored too)
 * @param velocityWindow how far back the velocity rules count orders
 */
@ConfigurationProperties("omnidom.order.risk")
public record RiskProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1h") Duration velocityWindow) {
}
