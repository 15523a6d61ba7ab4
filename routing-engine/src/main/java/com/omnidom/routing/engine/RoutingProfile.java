package com.omnidom.routing.engine;

import java.util.Objects;

/**
 * The rules a decision is taken under: hard fences and weighted costs. Immutable; a changed profile is a new version.
 *
 * @param channel null means every channel
 * @param country null means every country
 */
public record RoutingProfile(String profileId, int version, String channel, String country, Fences fences,
                             CostWeights weights) {

    public RoutingProfile {
        Objects.requireNonNull(profileId, "profileId");
        fences = fences == null ? Fences.NONE : fences;
        weights = weights == null ? CostWeights.DEFAULT : weights;
    }

    public static RoutingProfile defaults() {
        return new RoutingProfile("default", 1, null, null, Fences.NONE, CostWeights.DEFAULT);
    }

    public boolean appliesTo(RoutingOrder order) {
        return (channel == null || channel.equals(order.channel())) && (country == null || country.equals(order.country()));
    }

    public RoutingProfile with(Fences newFences) {
        return new RoutingProfile(profileId, version, channel, country, newFences, weights);
    }

    public RoutingProfile with(CostWeights newWeights) {
        return new RoutingProfile(profileId, version, channel, country, fences, newWeights);
    }
}
