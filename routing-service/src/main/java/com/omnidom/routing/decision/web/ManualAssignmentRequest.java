package com.omnidom.routing.decision.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An operator's choice of location for open lines of an order. {@code operator} is ignored (kept so older clients'
 * bodies still parse): the operator recorded is always the token's subject.
 */
record ManualAssignmentRequest(
        @Schema(example = "STORE-BERLIN-MITTE") @NotBlank @Size(max = 64) String locationId,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines,
        @Schema(deprecated = true, description = "ignored: the operator recorded is the caller's token subject")
        @Size(max = 100) String operator,
        @Schema(example = "customer collects at this store, agreed by phone") @NotBlank @Size(max = 500) String reason) {

    record Line(@Schema(example = "1") @NotBlank @Size(max = 64) String lineId,
                @Schema(example = "1") @Min(1) @Max(100_000) int quantity) {
    }
}
