package com.omnidom.returns.returnorder.web;

import com.omnidom.returns.returnorder.domain.Inspection;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The inspection at the receiving location: what arrived of which line and whether it can be sold again. */
record ReceiveRequestBody(@NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines) {

    record Line(@NotBlank @Size(max = 64) String lineId,
                @Schema(description = "units that arrived: 1 to the units requested; lines not listed did not arrive")
                @NotNull Integer quantity,
                @NotNull Boolean resellable) {
    }

    List<Inspection> toInspections() {
        return lines.stream().map(l -> new Inspection(l.lineId(), l.quantity(), l.resellable())).toList();
    }
}
