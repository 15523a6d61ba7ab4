package com.omnidom.inventory.availability.web;

import com.omnidom.inventory.availability.application.AvailabilityQueries;
import com.omnidom.inventory.availability.domain.CartLine;
import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
import com.omnidom.platform.web.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A channel caller always asks as its own channel (its token's; the {@code channel} it sends is ignored), so it sees
 * only its own reservations count. A caller that is only a store (a warehouse's WMS) reads only its own location's
 * availability; with the channel role (a store's POS) it reads every location's, as a shop does.
 */
@RestController
@RequestMapping("/api/v1/availability")
@Tag(name = "Availability", description = "Available to promise for shops: per store and for a whole cart near a place")
class AvailabilityController {

    private final AvailabilityQueries queries;

    AvailabilityController(AvailabilityQueries queries) {
        this.queries = queries;
    }

    record CartLineRequest(@NotNull String sku, @NotNull @Min(1) @Max(1_000_000_000) Integer quantity) {
    }

    /** A cart near a point (latitude/longitude) or a postal code, for a channel, optionally to ship by a date. */
    record CartRequest(
            @NotNull @Size(min = 1, max = 100) List<@Valid CartLineRequest> lines,
            @Schema(description = "the shop's channel: its reservations count for it", example = "WEB_SHOP") String channel,
            @Min(-90) @Max(90) Double latitude,
            @Min(-180) @Max(180) Double longitude,
            @Schema(description = "used when no coordinates are given: resolved from the locations' addresses") String postalCode,
            @Schema(example = "DE") String country,
            @Schema(description = "stores within this distance (default 50 km)") @Min(0) @Max(20_000) Double radiusKm,
            @Schema(description = "can the cart ship so that it leaves by this date (in transit arriving before it counts)")
            LocalDate shipBy,
            @Schema(description = "stores listed at most (default 20)") @Min(1) @Max(200) Integer maxStores) {
    }

    /** The channel to answer for: a channel caller's own, else what staff or a store asked for. */
    private static String channelFor(Caller caller, String asked) {
        String own = caller.onlyChannel(Roles.CS_AGENT, Roles.OPS);
        return own != null ? own : asked;
    }

    @Schema(name = "StoreAvailability")
    record StoreAvailabilityResponse(String sku, String locationId, String channel, int onHand, int allocated, int blocked,
                                     int reserved, int safetyStock, int available, int reservedForChannel, int atpNow,
                                     Integer atpBy, Instant by, List<InTransitResponse> inTransit, boolean unlimited,
                                     long version) {
    }

    record InTransitResponse(int quantity, Instant expectedAt) {
    }

    @GetMapping("/{locationId}/{sku}")
    @Operation(summary = "Availability of an article at a location",
            description = "available = onHand − allocated − blocked − reserved − safetyStock (never below 0): what any "
                    + "channel can be promised now. atpNow adds the channel's own reservation (within what is physically "
                    + "free); atpBy also what arrives in transit until 'by'. Cached, never older than the event lag. A channel "
                    + "caller is answered for its own channel; a store caller without the channel role only at its own "
                    + "location (404 elsewhere).")
    StoreAvailabilityResponse at(@PathVariable String locationId, @PathVariable String sku,
                                 @Parameter(description = "the asking channel (staff; a channel caller is always its own)")
                                 @RequestParam(name = "channel", required = false) String asked,
                                 @Parameter(description = "promise date-time") @RequestParam(required = false) Instant by,
                                 Caller caller) {
        String own = caller.onlyLocation(Roles.CHANNEL, Roles.CS_AGENT, Roles.OPS);
        if (own != null && !own.equals(locationId)) {
            throw new ResourceNotFound("No stock of " + sku + " at " + locationId + ".");
        }
        String channel = channelFor(caller, asked);
        var answer = queries.at(locationId, sku, channel, by);
        var position = answer.position();
        var level = position.level();
        return new StoreAvailabilityResponse(sku, locationId, channel, level.onHand(), level.allocated(), level.blocked(),
                level.reserved(), level.safetyStock(), level.unlimited() ? 0 : level.available(), position.heldFor(channel),
                answer.atpNow(), answer.atpBy(), by,
                position.arrivals().stream().map(a -> new InTransitResponse(a.quantity(), a.expectedAt())).toList(),
                level.unlimited(), level.version());
    }

    @PostMapping("/carts")
    @Operation(summary = "Availability of a whole cart near a place",
            description = "pickupToday: stores (active, PICKUP) within the radius that have every line now, nearest first; "
                    + "stores: every store in the radius with its lines; shipping (when shipBy is given): whether locations "
                    + "that SHIP have every line by then (lines may come from different locations), and which have all. "
                    + "A postal code is placed at the mean position of the known locations with that code. A channel caller is "
                    + "answered for its own channel (the body's 'channel' is ignored for it).")
    AvailabilityQueries.CartAnswer cart(@Valid @RequestBody CartRequest body, Caller caller) {
        List<CartLine> lines = body.lines().stream().map(l -> new CartLine(l.sku(), l.quantity())).toList();
        return queries.cart(lines, channelFor(caller, body.channel()), new AvailabilityQueries.Near(body.latitude(), body.longitude(),
                body.postalCode(), body.country(), body.radiusKm()), body.shipBy(), body.maxStores() == null ? 20 : body.maxStores());
    }
}
