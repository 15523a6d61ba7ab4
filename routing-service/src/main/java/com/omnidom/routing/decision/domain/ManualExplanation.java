package com.omnidom.routing.decision.domain;

import com.omnidom.routing.engine.CostBreakdown;
import com.omnidom.routing.engine.Shipment;
import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.util.List;
import java.util.UUID;

/**
 * An operator's assignment as stored and served: who, why, what, the fences overridden, and the engine's costing of
 * the plan under the order's profile (with the fences it breaks).
 *
 * @param manual   always true: tells these apart from the planner's explanations in the stored documents
 * @param currency the currency of every amount here: the routing profile's
 */
public record ManualExplanation(boolean manual, String operator, String reason, UUID fulfillmentId, String locationId,
                                List<LineQuantity> lines, List<String> overriddenFences, List<String> profileViolations,
                                String currency, long totalCost, CostBreakdown cost, List<Shipment> shipments)
        implements Explanation {
}
