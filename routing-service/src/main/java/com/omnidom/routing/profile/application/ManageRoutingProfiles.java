package com.omnidom.routing.profile.application;

import com.omnidom.platform.web.FieldProblem;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import com.omnidom.routing.engine.RoutingProfile;
import com.omnidom.routing.profile.domain.ProfileContent;
import com.omnidom.routing.profile.domain.ProfileDifferences;
import com.omnidom.routing.profile.domain.ProfileProblem;
import com.omnidom.routing.profile.domain.ProfileStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A profile's life: created as a DRAFT (the next version of its name, stored even with problems so it can be
 * checked), validated (422 listing every problem), activated (only without problems; the scope's previous ACTIVE one
 * is RETIRED in the same transaction, under a per-scope lock), retired. Nothing of a profile changes afterwards:
 * a changed profile is a new version.
 */
@Service
public class ManageRoutingProfiles {

    private final RoutingProfiles profiles;
    private final Clock clock;

    public ManageRoutingProfiles(RoutingProfiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /** A profile and what is wrong with it (empty when it may become active). */
    public record Checked(RoutingProfiles.Profile profile, List<ProfileProblem> problems) {
    }

    /** Two profiles and their differences. */
    public record Comparison(RoutingProfiles.Profile left, RoutingProfiles.Profile right,
                             List<ProfileDifferences.Difference> differences) {
    }

    @Transactional
    public Checked createDraft(String name, String channel, String country, ProfileContent content, String description) {
        RoutingProfiles.Profile created = profiles.insertDraft(name, channel, country, content, description, clock.instant());
        return new Checked(created, content.problems());
    }

    @Transactional(readOnly = true)
    public Checked get(UUID id) {
        RoutingProfiles.Profile profile = find(id);
        return new Checked(profile, profile.content().problems());
    }

    @Transactional(readOnly = true)
    public List<RoutingProfiles.Profile> list(ProfileStatus status, String name, int limit) {
        return profiles.list(status, name, limit);
    }

    /** The profile as the routing engine reads it (e.g. the what-if replay's --active / --candidate file); 422 with problems. */
    @Transactional(readOnly = true)
    public RoutingProfile engineProfile(UUID id) {
        RoutingProfiles.Profile profile = find(id);
        requireNoProblems(profile);
        return profile.content().toEngine(profile.id().toString(), profile.version(), profile.channel(), profile.country());
    }

    /** @throws InvalidRequest listing every problem (422) */
    @Transactional(readOnly = true)
    public RoutingProfiles.Profile validate(UUID id) {
        RoutingProfiles.Profile profile = find(id);
        requireNoProblems(profile);
        return profile;
    }

    @Transactional
    public RoutingProfiles.Profile activate(UUID id) {
        RoutingProfiles.Profile draft = find(id);
        profiles.lockScope(draft.channel(), draft.country());
        RoutingProfiles.Profile profile = profiles.lock(id).orElseThrow();
        if (profile.status() != ProfileStatus.DRAFT && profile.status() != ProfileStatus.SHADOW) {
            throw new StateConflict("Profile " + id + " is " + profile.status() + "; only a DRAFT can be activated "
                    + "(a changed profile is a new version).");
        }
        requireNoProblems(profile);
        Instant now = clock.instant();
        profiles.activeOfScope(profile.channel(), profile.country())
                .ifPresent(previous -> profiles.move(previous.id(), ProfileStatus.RETIRED, now));
        profiles.move(id, ProfileStatus.ACTIVE, now);
        return profiles.find(id).orElseThrow();
    }

    /** DRAFT → SHADOW: decides alongside the active profile of its scope on live traffic, never executed. */
    @Transactional
    public RoutingProfiles.Profile shadow(UUID id) {
        RoutingProfiles.Profile profile = profiles.lock(id)
                .orElseThrow(() -> new ResourceNotFound("No routing profile with id " + id + "."));
        if (profile.status() != ProfileStatus.DRAFT) {
            throw new StateConflict("Profile " + id + " is " + profile.status() + "; only a DRAFT can run in shadow mode.");
        }
        requireNoProblems(profile);
        profiles.move(id, ProfileStatus.SHADOW, clock.instant());
        return profiles.find(id).orElseThrow();
    }

    @Transactional
    public RoutingProfiles.Profile retire(UUID id) {
        RoutingProfiles.Profile profile = profiles.lock(id)
                .orElseThrow(() -> new ResourceNotFound("No routing profile with id " + id + "."));
        if (profile.status() == ProfileStatus.RETIRED) throw new StateConflict("Profile " + id + " is retired already.");
        profiles.move(id, ProfileStatus.RETIRED, clock.instant());
        return profiles.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Comparison compare(UUID leftId, UUID rightId) {
        RoutingProfiles.Profile left = find(leftId);
        RoutingProfiles.Profile right = find(rightId);
        return new Comparison(left, right, ProfileDifferences.between(scope(left), left.content(), scope(right), right.content()));
    }

    private static Map<String, Object> scope(RoutingProfiles.Profile p) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("channel", p.channel());
        scope.put("country", p.country());
        return scope;
    }

    private RoutingProfiles.Profile find(UUID id) {
        return profiles.find(id).orElseThrow(() -> new ResourceNotFound("No routing profile with id " + id + "."));
    }

    private static void requireNoProblems(RoutingProfiles.Profile profile) {
        List<ProfileProblem> problems = profile.content().problems();
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems.stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
        }
    }
}
