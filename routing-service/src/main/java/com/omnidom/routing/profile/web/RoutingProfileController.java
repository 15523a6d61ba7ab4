package com.omnidom.routing.profile.web;

import com.omnidom.routing.engine.RoutingProfile;
import com.omnidom.routing.profile.application.ManageRoutingProfiles;
import com.omnidom.routing.profile.application.ShadowDecisions;
import com.omnidom.routing.profile.domain.ProfileContent;
import com.omnidom.routing.profile.domain.ProfileDifferences;
import com.omnidom.routing.profile.domain.ProfileStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Routing profiles", description = "Fences and cost weights per channel and country, versioned, immutable once active")
class RoutingProfileController {

    private final ManageRoutingProfiles manage;
    private final ShadowDecisions shadowDecisions;

    RoutingProfileController(ManageRoutingProfiles manage, ShadowDecisions shadowDecisions) {
        this.manage = manage;
        this.shadowDecisions = shadowDecisions;
    }

    /** Outcome of a validation without problems. */
    record Validation(UUID profileId, boolean valid) {
    }

    /** Two profiles side by side: every field that differs. */
    record Comparison(ProfileResponse left, ProfileResponse right, List<ProfileDifferences.Difference> differences) {
    }

    @PostMapping("/api/v1/routing-profiles")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a draft profile",
            description = "The next version of its name, status DRAFT. Stored even with problems (listed in 'problems'), so a "
                    + "planner can check and compare it; only a draft without problems can be activated. Missing fences or "
                    + "weights take the engine's defaults. Money in minor units.")
    ProfileResponse create(@Valid @RequestBody CreateProfileRequest request) {
        return ProfileResponse.of(manage.createDraft(request.name(), request.channel(), request.country(),
                new ProfileContent(request.fences(), request.weights(), request.currency()), request.description()).profile());
    }

    @GetMapping("/api/v1/routing-profiles/{id}")
    @Operation(summary = "Read a profile", description = "404 when unknown.")
    ProfileResponse profile(@PathVariable UUID id) {
        return ProfileResponse.of(manage.get(id).profile());
    }

    @GetMapping("/api/v1/routing-profiles")
    @Operation(summary = "List profiles", description = "Newest first; filters optional.")
    List<ProfileResponse> profiles(@RequestParam(required = false) ProfileStatus status,
                                   @RequestParam(required = false) @Size(max = 80) String name,
                                   @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return manage.list(status, name, limit).stream().map(ProfileResponse::of).toList();
    }

    @GetMapping("/api/v1/routing-profiles/{id}/engine-profile")
    @Operation(summary = "The profile as the routing engine reads it",
            description = "The routing-engine RoutingProfile JSON (every default filled in): the file the what-if replay takes "
                    + "as --active or --candidate. 422 listing every problem when the content is not valid; 404 when unknown.")
    RoutingProfile engineProfile(@PathVariable UUID id) {
        return manage.engineProfile(id);
    }

    @PostMapping("/api/v1/routing-profiles/{id}/validate")
    @Operation(summary = "Check a profile",
            description = "200 when it could decide live traffic; else 422 problem+json whose 'errors' name every field at fault.")
    Validation validate(@PathVariable UUID id) {
        return new Validation(manage.validate(id).id(), true);
    }

    @PostMapping("/api/v1/routing-profiles/{id}/activate")
    @Operation(summary = "Activate a draft",
            description = "DRAFT → ACTIVE; the previous ACTIVE profile of the same channel and country is RETIRED in the same "
                    + "step. 409 unless DRAFT, 422 listing every problem when the content is not valid.")
    ProfileResponse activate(@PathVariable UUID id) {
        return ProfileResponse.of(manage.activate(id));
    }

    @PostMapping("/api/v1/routing-profiles/{id}/shadow")
    @Operation(summary = "Run a draft in shadow mode",
            description = "DRAFT → SHADOW: decides every live order of its scope alongside the active profile; its decisions "
                    + "are stored and compared (GET .../shadow-report), never executed. It can be activated from SHADOW. "
                    + "409 unless DRAFT, 422 listing every problem.")
    ProfileResponse shadow(@PathVariable UUID id) {
        return ProfileResponse.of(manage.shadow(id));
    }

    @GetMapping("/api/v1/routing-profiles/{id}/shadow-report")
    @Operation(summary = "Compare a shadow profile's decisions with the live ones",
            description = "Decisions taken, how many chose the same locations, the cost delta (shadow plan − live plan, both "
                    + "costed under the live profile, minor units; negative = the shadow profile would have been cheaper), "
                    + "units each left unassigned, and the latest decisions. 404 for an unknown profile.")
    ShadowDecisions.Report shadowReport(@PathVariable UUID id,
                                        @RequestParam(defaultValue = "50") @Min(0) @Max(500) int latest) {
        manage.get(id);
        return shadowDecisions.report(id, latest);
    }

    @PostMapping("/api/v1/routing-profiles/{id}/retire")
    @Operation(summary = "Retire a profile",
            description = "→ RETIRED; 409 when retired already. Orders of its scope fall back to the next less specific active "
                    + "profile (channel, then country, then the default; the engine's built-in defaults if none is left).")
    ProfileResponse retire(@PathVariable UUID id) {
        return ProfileResponse.of(manage.retire(id));
    }

    @GetMapping("/api/v1/routing-profiles/compare")
    @Operation(summary = "Compare two profiles", description = "Every field (scope, fences, weights) whose value differs.")
    Comparison compare(@RequestParam UUID left, @RequestParam UUID right) {
        ManageRoutingProfiles.Comparison c = manage.compare(left, right);
        return new Comparison(ProfileResponse.of(c.left()), ProfileResponse.of(c.right()), c.differences());
    }
}
