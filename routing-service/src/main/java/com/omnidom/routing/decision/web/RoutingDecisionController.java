package com.omnidom.routing.decision.web;

import com.omnidom.routing.decision.domain.RoutingDecisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Routing decisions", description = "Why an order's lines went where they went")
class RoutingDecisionController {

    private final RoutingDecisions decisions;

    RoutingDecisionController(RoutingDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/api/v1/orders/{orderId}/routing-decisions")
    @Operation(summary = "List an order's routing decisions",
            description = "Oldest first: the first routing, then every re-routing or manual assignment. Each names its "
                    + "trigger, strategy (COST_OPTIMAL, FEWEST_LOCATIONS_THEN_NEAREST or MANUAL) and profile; its explanation "
                    + "holds the cost breakdown per component (shipment, handling, distance, split, lateness, unfulfilled; "
                    + "minor units) in total and per shipment, the picks (location, lines, units, distance, reason), the next "
                    + "best alternatives with their cost, the locations fences excluded (fence and detail), whether the plan "
                    + "is proven optimal, locations excluded after failures or refused for capacity, and what was deferred "
                    + "and why. A manual assignment records the operator, the reason and the fences overridden. Empty for "
                    + "an unknown order.")
    List<RoutingDecisions.Decision> of(@PathVariable UUID orderId) {
        return decisions.of(orderId);
    }
}
