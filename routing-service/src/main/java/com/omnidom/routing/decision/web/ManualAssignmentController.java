package com.omnidom.routing.decision.web;

import com.omnidom.platform.security.Caller;
import com.omnidom.routing.decision.application.AssignManually;
import com.omnidom.routing.fulfillment.web.FulfillmentResponse;
import com.omnidom.routing.fulfillment.application.ShipTos;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Manual assignments", description = "An operator sends open lines to a location of their choice")
class ManualAssignmentController {

    private final AssignManually assignManually;
    private final ShipTos shipTos;

    ManualAssignmentController(AssignManually assignManually, ShipTos shipTos) {
        this.assignManually = assignManually;
        this.shipTos = shipTos;
    }

    /** The fulfilment created and which fences the operator overrode. */
    record ManualAssignmentResponse(FulfillmentResponse fulfillment, List<String> overriddenFences) {
    }

    @PostMapping("/api/v1/orders/{orderId}/manual-assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assign open lines to a location by hand",
            description = "Open lines are those no live fulfilment holds: waiting for the next window, deferred or unroutable. "
                    + "Creates one fulfilment order (manual) and publishes FulfillmentAssigned with manual=true; the decision "
                    + "records the operator (the caller's token subject; a body's 'operator' is ignored), the reason and "
                    + "every fence overridden (inactive location, capability, capacity, earlier failure, pickup store). Stock is never overridden: 409 when the location lacks the units. "
                    + "404 for an order routing does not know, 409 when a line has fewer open units than asked, 422 for an "
                    + "unknown location or a line named twice.")
    ManualAssignmentResponse assign(@PathVariable UUID orderId, @Valid @RequestBody ManualAssignmentRequest request,
                                    Caller caller) {
        AssignManually.Result result = assignManually.assign(orderId, request.locationId(),
                request.lines().stream().map(l -> new AssignManually.Line(l.lineId(), l.quantity())).toList(),
                caller.subject(), request.reason());
        return new ManualAssignmentResponse(FulfillmentResponse.of(result.fulfillment(),
                shipTos.of(result.fulfillment().orderId()).orElse(null)), result.overriddenFences());
    }
}
