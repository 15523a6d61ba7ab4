package com.omnidom.inventory.inbound.web;

import com.omnidom.inventory.inbound.application.TrackInbound;
import com.omnidom.inventory.inbound.domain.Inbound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/inbound")
@Tag(name = "In transit", description = "Goods on their way to a location: purchase orders and transfers, each with its ETA")
class InboundController {

    private final TrackInbound track;

    InboundController(TrackInbound track) {
        this.track = track;
    }

    /** Units of an article coming to a location. */
    record InboundRequest(@NotNull String sku, @NotNull String locationId,
                          @Schema(allowableValues = {"PURCHASE_ORDER", "TRANSFER"}) @NotNull String sourceType,
                          @Schema(description = "purchase order number, or the sending location's id", example = "PO-4711")
                          @NotNull String source,
                          @NotNull @Min(1) @Max(1_000_000_000) Integer quantity,
                          @NotNull Instant expectedAt) {
    }

    /** Units received under a receipt id (the same id again is the same receipt). */
    record ReceiptRequest(@NotNull @Min(1) @Max(1_000_000_000) Integer quantity) {
    }

    @Schema(name = "Inbound")
    record InboundResponse(UUID id, String sku, String locationId, String sourceType, String source, int quantity,
                           int received, int outstanding, Instant expectedAt, String state, long version) {
        static InboundResponse of(Inbound in) {
            return new InboundResponse(in.id(), in.key().sku().value(), in.key().locationId().value(), in.sourceType().name(),
                    in.source(), in.quantity(), in.received(), in.outstanding(), in.expectedAt(), in.state().name(), in.version());
        }
    }

    @PutMapping("/{id}")
    @Operation(summary = "Announce or change goods in transit",
            description = "Client-chosen id: 201 created, 200 changed or unchanged. Quantity and ETA may change while OPEN; "
                    + "the quantity never below what was received. Outstanding units count for promises after expectedAt.")
    @ApiResponse(responseCode = "200", description = "The inbound replaced or changed")
    @ApiResponse(responseCode = "201", description = "The inbound created", headers = @Header(name = "Location", description = "/api/v1/inbound/{id}"))
    ResponseEntity<InboundResponse> put(@PathVariable UUID id, @Valid @RequestBody InboundRequest body) {
        var outcome = track.put(id, body.sku(), body.locationId(), body.sourceType(), body.source(), body.quantity(),
                body.expectedAt());
        InboundResponse response = InboundResponse.of(outcome.inbound());
        return outcome.created()
                ? ResponseEntity.created(URI.create("/api/v1/inbound/" + id)).body(response)
                : ResponseEntity.ok(response);
    }

    @PutMapping("/{id}/receipts/{receiptId}")
    @Operation(summary = "Receive goods in transit",
            description = "The units go on hand at the location; when all are received the inbound is RECEIVED. The same "
                    + "receipt id again changes nothing; more than outstanding is a 409.")
    InboundResponse receive(@PathVariable UUID id, @PathVariable String receiptId, @Valid @RequestBody ReceiptRequest body) {
        return InboundResponse.of(track.receive(id, receiptId, body.quantity()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Cancel goods in transit", description = "Outstanding units no longer count; received ones stay on hand.")
    InboundResponse cancel(@PathVariable UUID id) {
        return InboundResponse.of(track.cancel(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read goods in transit")
    InboundResponse get(@PathVariable UUID id) {
        return InboundResponse.of(track.get(id));
    }

    @GetMapping
    @Operation(summary = "List goods in transit", description = "At most 1000, by ETA.")
    List<InboundResponse> list(@Parameter(description = "only this article") @RequestParam(required = false) String sku,
                               @Parameter(description = "only this location") @RequestParam(required = false) String locationId) {
        return track.find(sku, locationId).stream().map(InboundResponse::of).toList();
    }
}
