package com.omnidom.routing.decision.domain;

import com.omnidom.routing.engine.Alternative;
import com.omnidom.routing.engine.CostBreakdown;
import com.omnidom.routing.engine.Exclusion;
import com.omnidom.routing.engine.Shipment;
import com.omnidom.routing.engine.UnassignedLine;

import java.util.List;
import java.util.UUID;

/**
 * A routing decision as stored and served: the engine's explanation (cost breakdown per component and shipment,
 * alternatives, exclusions by fence, provenOptimal, notes) plus what routing added (the promise date, fulfilment ids,
 * locations excluded after failures, refused for capacity or for costs in a currency that cannot be converted) and a
 * sentence per pick for people. The field names are what clients of the decisions have always read.
 *
 * @param currency           the currency of every amount here: the routing profile's
 * @param promiseDate        the promise the engine's shipments are measured against (ISO date); null when none
 * @param candidates         locations considered (after those refused for capacity or currency)
 * @param excluded           locations this order must not go to again (they failed or rejected it)
 * @param refusedForCurrency locations left out because their costs are in a currency without a configured rate
 */
public record RoutingExplanation(String profileId, int profileVersion, String currency, String promiseDate, long totalCost,
                                 CostBreakdown cost, boolean provenOptimal, long nodesExplored, int candidates,
                                 List<String> excluded, List<String> refusedForCapacity,
                                 List<CurrencyRefusal> refusedForCurrency, List<Pick> assignments, List<Shipment> shipments,
                                 List<UnassignedLine> unassigned, List<String> unroutableLineIds, String unroutableReason,
                                 List<Alternative> alternatives, List<Exclusion> exclusions, List<String> notes)
        implements Explanation {

    /** One location chosen: the fulfilment order created there, what it ships, and why, in a sentence. */
    public record Pick(UUID fulfillmentId, String locationId, List<String> lineIds, int units, Double distanceKm, long cost,
                       String reason) {
    }

    /** A location left out because its costs cannot be compared with the others'. */
    public record CurrencyRefusal(String locationId, String currency, String reason) {
    }
}
