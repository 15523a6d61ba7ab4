package com.omnidom.routing.profile.application;

import com.omnidom.routing.engine.RoutingProfile;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * The profile that decides an order: the most specific ACTIVE one for its channel and country. Should every profile
 * have been retired, the engine's built-in defaults decide (so orders are never stuck on configuration).
 */
@Service
public class ActiveRoutingProfile {

    private final RoutingProfiles profiles;

    public ActiveRoutingProfile(RoutingProfiles profiles) {
        this.profiles = profiles;
    }

    /** The engine's profile and the stored profile's id (null for the built-in defaults). */
    public record Selected(UUID id, RoutingProfile profile) {
    }

    public Selected forOrder(String channel, String country) {
        return profiles.activeFor(channel, country)
                .filter(p -> p.content().problems().isEmpty())
                .map(p -> new Selected(p.id(), p.content().toEngine(p.id().toString(), p.version(), p.channel(), p.country())))
                .orElseGet(() -> new Selected(null, RoutingProfile.defaults()));
    }
}
