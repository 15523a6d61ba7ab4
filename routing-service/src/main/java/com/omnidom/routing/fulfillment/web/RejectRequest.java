package com.omnidom.routing.fulfillment.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Why the location refuses its fulfilment order, as a code. */
record RejectRequest(
        @Schema(example = "NOT_FOUND", description = "e.g. NOT_FOUND, DAMAGED, NO_CAPACITY")
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case code such as NOT_FOUND")
        String reason) {
}
