package com.omnidom.routing.profile.web;

import com.omnidom.routing.profile.application.RoutingProfiles;
import com.omnidom.routing.profile.domain.ProfileContent;
import com.omnidom.routing.profile.domain.ProfileProblem;
import com.omnidom.routing.profile.domain.ProfileStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A profile as stored, with what is wrong with it (empty when it may become active). */
record ProfileResponse(UUID profileId, String name, int version, String channel, String country, ProfileStatus status,
                       String description, ProfileContent.FenceSettings fences, ProfileContent.WeightSettings weights,
                       String currency,
                       Instant createdAt, Instant activatedAt, Instant retiredAt, List<ProfileProblem> problems) {

    static ProfileResponse of(RoutingProfiles.Profile p) {
        return new ProfileResponse(p.id(), p.name(), p.version(), p.channel(), p.country(), p.status(), p.description(),
                p.content().fences(), p.content().weights(), p.content().currency(), p.createdAt(), p.activatedAt(), p.retiredAt(),
                p.content().problems());
    }
}
