package com.omnidom.order.order.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How an order's lines are checked against the catalog, per channel ({@code omnidom.order.pricing.channels.<CHANNEL>}).
 *
 * @param channels per intake channel; a channel not configured is checked against the catalog channel of its own name
 *                 with {@code TOLERANCE} 0
 */
@ConfigurationProperties("omnidom.order.pricing")
public record PricingProperties(Map<IntakeChannel, ChannelPricing> channels) {

    public PricingProperties {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    public ChannelPricing of(IntakeChannel channel) {
        ChannelPricing configured = channels.get(channel);
        return configured != null ? configured : new ChannelPricing(null, null, null, null);
    }

    /** Where an order came in: the order channels, and Shopify's webhook (its orders are WEB_SHOP orders). */
    public enum IntakeChannel { WEB_SHOP, STORE_POS, MARKETPLACE, CALL_CENTER, SHOPIFY }

    /** {@code TOLERANCE}: the channel's price stands if within {@code tolerance} of the catalog's, else 422; {@code CATALOG_PRICE}: the catalog's price is taken. */
    public enum Policy { TOLERANCE, CATALOG_PRICE }

    /**
     * @param checks         false: the channel's lines are not checked against the catalog at all (no tax category, no
     *                       bundle explosion): for channels whose articles the catalog does not know
     * @param catalogChannel the catalog's price channel for this channel, e.g. {@code WEB} or {@code STORE}
     * @param policy         what the order's unit prices are held against
     * @param tolerance      largest accepted difference per unit under TOLERANCE (default 0.00)
     */
    public record ChannelPricing(Boolean checks, String catalogChannel, Policy policy, BigDecimal tolerance) {

        public ChannelPricing {
            if (checks == null) checks = true;
            if (policy == null) policy = Policy.TOLERANCE;
            if (tolerance == null) tolerance = BigDecimal.ZERO;
        }

        public String catalogChannel(IntakeChannel channel) {
            return catalogChannel == null || catalogChannel.isBlank() ? channel.name() : catalogChannel;
        }
    }
}
