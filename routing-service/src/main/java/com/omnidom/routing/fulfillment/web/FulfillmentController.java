package com.omnidom.routing.fulfillment.web;

import com.omnidom.platform.security.Caller;
import com.omnidom.routing.fulfillment.application.FulfillmentQueries;
import com.omnidom.routing.fulfillment.application.FulfillmentView;
import com.omnidom.routing.fulfillment.application.RejectFulfillment;
import com.omnidom.routing.fulfillment.application.WorkFulfillment;
import com.omnidom.routing.fulfillment.application.WorkScopes;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentStatus;
import com.omnidom.routing.fulfillment.application.ShipTos;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * A store (or warehouse) caller sees and works only its token's location's fulfilment orders, a partner only those
 * of its locations; cs-agents and ops see all. Another location's fulfilment order is a 404 for them.
 */
@RestController
@Tag(name = "Fulfilments", description = "Fulfilment orders as locations work them: one per location chosen for an order")
class FulfillmentController {

    private static final String SCOPE = " A store caller sees only its own location's, a partner only its locations'; "
            + "another location's fulfilment is a 404.";

    private final FulfillmentQueries queries;
    private final WorkFulfillment work;
    private final RejectFulfillment rejectFulfillment;
    private final WorkScopes scopes;
    private final ShipTos shipTos;

    FulfillmentController(FulfillmentQueries queries, WorkFulfillment work, RejectFulfillment rejectFulfillment,
                          WorkScopes scopes, ShipTos shipTos) {
        this.queries = queries;
        this.work = work;
        this.rejectFulfillment = rejectFulfillment;
        this.scopes = scopes;
        this.shipTos = shipTos;
    }

    /** The fulfilment order with what the location needs of its order (number, recipient, address). */
    private FulfillmentResponse respond(FulfillmentView view) {
        return FulfillmentResponse.of(view, shipTos.of(view.orderId()).orElse(null));
    }

    @GetMapping("/api/v1/fulfillments/{id}")
    @Operation(summary = "Read a fulfilment order", description = "404 when unknown." + SCOPE)
    FulfillmentResponse get(@PathVariable UUID id, Caller caller) {
        return respond(queries.get(new FulfillmentId(id), scopes.of(caller)));
    }

    @GetMapping("/api/v1/fulfillments")
    @Operation(summary = "List fulfilment orders", description = "A location's work list, oldest first; both filters optional. A store caller gets only its own "
            + "location's, a partner only its locations' (a locationId outside them: an empty page).")
    FulfillmentResponse.Page list(
            @RequestParam(required = false) @Size(max = 64) String locationId,
            @RequestParam(required = false) FulfillmentStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            Caller caller) {
        var found = queries.find(locationId, status, page, size, scopes.of(caller));
        return FulfillmentResponse.Page.of(found, shipTos.of(found.items().stream().map(FulfillmentView::orderId).toList()));
    }

    @GetMapping("/api/v1/orders/{orderId}/fulfillments")
    @Operation(summary = "List an order's fulfilment orders", description = "Oldest first, including rejected and failed ones. A store or partner caller gets only "
            + "those at its own locations.")
    List<FulfillmentResponse> ofOrder(@PathVariable UUID orderId, Caller caller) {
        return queries.ofOrder(orderId, scopes.of(caller)).stream().map(this::respond).toList();
    }

    @PostMapping("/api/v1/fulfillments/{id}/acknowledge")
    @Operation(summary = "The location takes the fulfilment order on",
            description = "ALLOCATED → ACKNOWLEDGED; publishes FulfillmentAcknowledged. 409 from any other status." + SCOPE)
    FulfillmentResponse acknowledge(@PathVariable UUID id, Caller caller) {
        return respond(work.acknowledge(new FulfillmentId(id), scopes.of(caller)));
    }

    @PostMapping("/api/v1/fulfillments/{id}/reject")
    @Operation(summary = "The location refuses the fulfilment order",
            description = "ASSIGNED, ALLOCATED or ACKNOWLEDGED → REJECTED; publishes FulfillmentRejected, gives back the "
                    + "capacity and routes the lines again, never to this location for this order (new FulfillmentAssigned "
                    + "or FulfillmentUnroutable). 409 from any other status." + SCOPE)
    FulfillmentResponse reject(@PathVariable UUID id, @Valid @RequestBody RejectRequest request, Caller caller) {
        return respond(rejectFulfillment.reject(new FulfillmentId(id), request.reason(), scopes.of(caller)));
    }

    @PostMapping("/api/v1/fulfillments/{id}/ship")
    @Operation(summary = "The parcel left with the carrier",
            description = "SHIP mode, ALLOCATED or ACKNOWLEDGED → SHIPPED (acknowledging first is optional); publishes "
                    + "FulfillmentShipped. 409 otherwise." + SCOPE)
    FulfillmentResponse ship(@PathVariable UUID id, @Valid @RequestBody ShipRequest request, Caller caller) {
        return respond(work.ship(new FulfillmentId(id), request.carrier(), request.trackingNumber(),
                scopes.of(caller)));
    }

    @PostMapping("/api/v1/fulfillments/{id}/ready-for-pickup")
    @Operation(summary = "The lines wait at the store for the customer",
            description = "PICKUP mode, ALLOCATED or ACKNOWLEDGED → READY_FOR_PICKUP; publishes FulfillmentReadyForPickup. 409 otherwise."
                    + SCOPE)
    FulfillmentResponse readyForPickup(@PathVariable UUID id, Caller caller) {
        return respond(work.readyForPickup(new FulfillmentId(id), scopes.of(caller)));
    }

    @PostMapping("/api/v1/fulfillments/{id}/picked-up")
    @Operation(summary = "The customer collected the lines",
            description = "PICKUP mode, READY_FOR_PICKUP → PICKED_UP once the store checked it is the customer: the body "
                    + "carries exactly one of pickupCode (the 6 digits the customer shows) or, for a customer without "
                    + "one, identityCheck (what staff checked, e.g. \"ID card\"); neither or both: 422. Publishes "
                    + "FulfillmentPickedUp with its verification (PICKUP_CODE or IDENTITY_CHECK). A wrong code: 422, "
                    + "nothing changes but the count of wrong codes; after " + FulfillmentOrder.MAX_WRONG_PICKUP_CODES
                    + " wrong codes further codes are refused (409) and only identityCheck hands over. 409 unless "
                    + "READY_FOR_PICKUP." + SCOPE)
    FulfillmentResponse pickedUp(@PathVariable UUID id, @Valid @RequestBody PickedUpRequest request, Caller caller) {
        request.requireExactlyOne();
        FulfillmentId fulfillment = new FulfillmentId(id);
        return respond(request.pickupCode() != null
                ? work.pickedUpWithCode(fulfillment, request.pickupCode(), scopes.of(caller))
                : work.pickedUpOnIdentity(fulfillment, request.identityCheck(), scopes.of(caller)));
    }
}
