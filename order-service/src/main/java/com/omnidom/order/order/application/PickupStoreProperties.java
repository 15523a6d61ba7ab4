package com.omnidom.order.order.application;

import com.omnidom.order.order.application.PricingProperties.IntakeChannel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * Whether a pickup order's store is checked against the replica of the catalog's locations
 * ({@code omnidom.order.pickup-stores}).
 *
 * @param check    for every channel not named in {@code channels} (default on)
 * @param channels per intake channel, e.g. {@code SHOPIFY: false} for a channel whose store ids are its own, not the
 *                 catalog's
 */
@ConfigurationProperties("omnidom.order.pickup-stores")
public record PickupStoreProperties(@DefaultValue("true") boolean check, Map<IntakeChannel, Boolean> channels) {

    public PickupStoreProperties {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    public boolean checks(IntakeChannel channel) {
        return channels.getOrDefault(channel, check);
    }
}
