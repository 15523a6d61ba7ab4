package com.omnidom.inventory.stock.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The counted quantity of an article at a location. */
public record OnHandRequest(
        @Schema(description = "Units physically at the location", example = "25")
        @NotNull @Min(0) @Max(1_000_000_000) Integer onHand) {
}
