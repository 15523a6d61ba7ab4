package com.omnidom.routing.decision.web;

import com.omnidom.routing.decision.application.RoutingDecisions;
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
            description = "Oldest first: the first routing, then every re-routing, each with its candidates, exclusions, "
                    + "picks (location, lines, units, distance, reason) and what stayed unroutable and why. Empty for an unknown order.")
    List<RoutingDecisions.Decision> of(@PathVariable UUID orderId) {
        return decisions.of(orderId);
    }
}
