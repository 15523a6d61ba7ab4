package com.omnidom.routing.profile.application;

import com.omnidom.routing.engine.RoutingProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.Currency;
import java.util.UUID;

/**
 * The profile that decides an order: the most specific ACTIVE one for its channel and country. Should every profile
 * have been retired, the engine's built-in defaults decide (so orders are never stuck on configuration).
 */
@Service
public class ActiveRoutingProfile {

    private final RoutingProfiles profiles;
    private final Currency defaultCurrency;

    public ActiveRoutingProfile(RoutingProfiles profiles, @Value("${omnidom.routing.currency:EUR}") Currency defaultCurrency) {
        this.profiles = profiles;
        this.defaultCurrency = defaultCurrency;
    }

    /**
     * The engine's profile, the stored profile's id (null for the built-in defaults) and name (the metrics' bounded
     * {@code profile} label; {@code builtin} for the built-in one) and the currency of its money,
     * into which every location's costs are converted before they are compared.
     */
    public record Selected(UUID id, String name, RoutingProfile profile, Currency currency) {
    }

    public Selected forOrder(String channel, String country) {
        return profiles.activeFor(channel, country)
                .filter(p -> p.content().problems().isEmpty())
                .map(p -> new Selected(p.id(), p.name(), p.content().toEngine(p.id().toString(), p.version(), p.channel(), p.country()),
                        p.content().currency() == null ? defaultCurrency : Currency.getInstance(p.content().currency())))
                .orElseGet(() -> new Selected(null, "builtin", RoutingProfile.defaults(), defaultCurrency));
    }
}
