package com.omnidom.routing.engine;

import java.util.ArrayList;
import java.util.List;

/** The fenced locations worth naming: those holding stock (now or inbound) for a line of the order, or the pickup store. */
final class Exclusions {

    private Exclusions() {
    }

    static List<Exclusion> of(RoutingProblem problem, List<LocationTerms> termsByLocationId) {
        List<Exclusion> exclusions = new ArrayList<>();
        for (LocationTerms t : termsByLocationId) {
            if (t.fence != null && relevant(problem.order(), t.location)) {
                exclusions.add(new Exclusion(t.location.locationId(), t.fence, t.fenceDetail()));
            }
        }
        return exclusions;
    }

    static boolean relevant(RoutingOrder order, CandidateLocation location) {
        if (location.locationId().equals(order.pickupLocationId())) return true;
        for (OrderLine line : order.lines()) {
            Stock stock = location.stock(line.sku());
            if (stock != null && (stock.usableNow() > 0 || stock.hasInbound())) return true;
        }
        return false;
    }
}
