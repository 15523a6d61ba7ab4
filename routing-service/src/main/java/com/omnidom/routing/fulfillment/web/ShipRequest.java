package com.omnidom.routing.fulfillment.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The carrier that took the parcel and its tracking number. */
record ShipRequest(
        @Schema(example = "DHL") @NotBlank @Size(max = 64) String carrier,
        @Schema(example = "00340434161094042557") @NotBlank @Size(max = 100) String trackingNumber) {
}
