package com.omnidom.routing.profile.web;

import com.omnidom.routing.profile.domain.ProfileContent;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new profile version: scope (null = any channel / country), fences and weights (a missing field = engine default). */
record CreateProfileRequest(
        @Schema(example = "web-de") @NotBlank @Size(max = 80)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' and '-'") String name,
        @Schema(example = "WEB_SHOP", description = "null = every channel")
        @Pattern(regexp = "[A-Z][A-Z_]{0,29}", message = "must be a channel code such as WEB_SHOP") String channel,
        @Schema(example = "DE", description = "ISO 3166 alpha-2; null = every country")
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO country code such as DE") String country,
        @Size(max = 500) String description,
        ProfileContent.FenceSettings fences,
        ProfileContent.WeightSettings weights,
        @Schema(example = "EUR", description = "ISO 4217: the currency of the weights' amounts, into which locations' costs "
                + "are converted; null = routing's default (omnidom.routing.currency)")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR") String currency) {
}
