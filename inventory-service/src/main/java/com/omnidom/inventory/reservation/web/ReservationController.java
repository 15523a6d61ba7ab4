package com.omnidom.inventory.reservation.web;

import com.omnidom.inventory.reservation.application.ReserveStock;
import com.omnidom.inventory.reservation.domain.Reservation;
import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
import com.omnidom.platform.web.ResourceNotFound;
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
import org.springframework.security.access.AccessDeniedException;
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

/**
 * A channel caller works only its own channel's reservations: another channel's is a 404, a new one for another
 * channel a 403; its lists hold only its own. Staff (cs-agent reads; ops, admin) see all.
 */
@RestController
@RequestMapping("/api/v1/reservations")
@Tag(name = "Reservations", description = "Units of an article at a location held for a channel or partner")
class ReservationController {

    private final ReserveStock reserve;

    ReservationController(ReserveStock reserve) {
        this.reserve = reserve;
    }

    /** The channel a caller is limited to, or null (staff see every channel's reservations). */
    private static String ownChannel(Caller caller) {
        return caller.onlyChannel(Roles.CS_AGENT, Roles.OPS, Roles.ADMIN);
    }

    /** Another channel's reservation does not exist for a channel caller. */
    private Reservation visible(UUID id, Caller caller) {
        Reservation reservation = reserve.get(id);
        String own = ownChannel(caller);
        if (own != null && !own.equals(reservation.channel())) throw new ResourceNotFound("No reservation " + id + ".");
        return reservation;
    }

    /** Hold {@code quantity} units for a channel (e.g. MARKETPLACE) or partner until a time (null = until released). */
    record ReservationRequest(
            @NotNull String sku,
            @NotNull String locationId,
            @Schema(example = "MARKETPLACE") @NotNull String channel,
            @Schema(example = "20") @NotNull @Min(0) @Max(1_000_000_000) Integer quantity,
            @Schema(description = "end of the reservation; null = until released") Instant until) {
    }

    /** A reservation; {@code held} = quantity − drawn while active. */
    @Schema(name = "Reservation")
    record ReservationResponse(UUID id, String sku, String locationId, String channel, int quantity, int drawn, int held,
                               Instant until, String state, long version) {
        static ReservationResponse of(Reservation r) {
            return new ReservationResponse(r.id(), r.key().sku().value(), r.key().locationId().value(), r.channel(),
                    r.quantity(), r.drawn(), r.held(), r.until(), r.state().name(), r.version());
        }
    }

    @PutMapping("/{id}")
    @Operation(summary = "Create or change a reservation",
            description = "The client chooses the id, so a repeated request is harmless. 201 created, 200 changed. Units "
                    + "are only reserved from available stock (409 otherwise); one active reservation per channel and "
                    + "article at a location; sku, location and channel of a reservation never change. Orders of the "
                    + "channel draw on it first; no other channel can use its units. A channel caller reserves only for its own "
                    + "channel (403 otherwise); another channel's reservation id is a 404.")
    @ApiResponse(responseCode = "200", description = "The reservation replaced or changed")
    @ApiResponse(responseCode = "201", description = "The reservation created", headers = @Header(name = "Location", description = "/api/v1/reservations/{id}"))
    ResponseEntity<ReservationResponse> put(@PathVariable UUID id, @Valid @RequestBody ReservationRequest body,
                                           Caller caller) {
        String own = ownChannel(caller);
        if (own != null) {
            if (reserve.find(id).filter(r -> !own.equals(r.channel())).isPresent()) {
                throw new ResourceNotFound("No reservation " + id + ".");
            }
            if (!own.equals(body.channel())) {
                throw new AccessDeniedException("a channel reserves only for its own channel " + own);
            }
        }
        var outcome = reserve.put(id, body.sku(), body.locationId(), body.channel(), body.quantity(), body.until());
        ReservationResponse response = ReservationResponse.of(outcome.reservation());
        return outcome.created()
                ? ResponseEntity.created(URI.create("/api/v1/reservations/" + id)).body(response)
                : ResponseEntity.ok(response);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Release a reservation",
            description = "Its undrawn units become available. Releasing again changes nothing. Another channel's: 404.")
    ReservationResponse release(@PathVariable UUID id, Caller caller) {
        visible(id, caller);
        return ReservationResponse.of(reserve.release(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a reservation", description = "Another channel's: 404.")
    ReservationResponse get(@PathVariable UUID id, Caller caller) {
        return ReservationResponse.of(visible(id, caller));
    }

    @GetMapping
    @Operation(summary = "List reservations",
            description = "At most 1000, by sku, location and channel; a channel caller's only hold its own channel's.")
    List<ReservationResponse> list(@Parameter(description = "only this article") @RequestParam(required = false) String sku,
                                   @Parameter(description = "only this location") @RequestParam(required = false) String locationId,
                                   Caller caller) {
        return reserve.find(sku, locationId, ownChannel(caller)).stream().map(ReservationResponse::of).toList();
    }
}
