package com.omnidom.inventory.allocation.web;

import com.omnidom.inventory.allocation.application.ConfigureRejectionReasons;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/rejection-reasons")
@Tag(name = "Rejection reasons", description = "What a location's rejection reason does to the rejected units")
class RejectionReasonController {

    private final ConfigureRejectionReasons configure;

    RejectionReasonController(ConfigureRejectionReasons configure) {
        this.configure = configure;
    }

    record EffectRequest(@Schema(allowableValues = {"RELEASE", "BLOCK", "WRITE_OFF"}) @NotNull String effect) {
    }

    record RejectionReasonResponse(String reason, String effect) {
    }

    @PutMapping("/{reason}")
    @Operation(summary = "Configure a rejection reason",
            description = "RELEASE: the units become available again; BLOCK: they stay on hand but are not sellable "
                    + "(available does not grow, e.g. DAMAGED); WRITE_OFF: they are gone and on hand drops to what is still "
                    + "allocated or blocked, so nothing is available (e.g. NOT_FOUND). Unconfigured reasons RELEASE.")
    RejectionReasonResponse put(@PathVariable String reason, @Valid @RequestBody EffectRequest body) {
        configure.put(reason, body.effect());
        return new RejectionReasonResponse(reason, body.effect());
    }

    @DeleteMapping("/{reason}")
    @Operation(summary = "Remove a rejection reason", description = "It releases the units again.")
    @ApiResponse(responseCode = "204", description = "The reason removed")
    ResponseEntity<Void> remove(@PathVariable String reason) {
        configure.remove(reason);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Operation(summary = "List the configured rejection reasons")
    List<RejectionReasonResponse> all() {
        return configure.all().entrySet().stream().map(e -> new RejectionReasonResponse(e.getKey(), e.getValue().name())).toList();
    }
}
