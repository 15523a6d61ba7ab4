package com.omnidom.routing.decision.application;

import com.omnidom.routing.decision.domain.CostCurrencies;
import com.omnidom.routing.decision.domain.EngineProblems;
import com.omnidom.routing.decision.domain.RoutedOrders;
import com.omnidom.routing.decision.domain.RoutingCandidates;
import com.omnidom.routing.engine.CandidateLocation;
import com.omnidom.routing.engine.RoutingOrder;
import com.omnidom.routing.engine.RoutingProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a what-if replay needs, in the engine's own records: the current snapshot of locations (stock per SKU incl.
 * channel reservations and goods in transit, capacity left today, costs) and the recorded orders (open lines, unit
 * prices, delivery, channel, country, VIP), so a candidate profile can be replayed offline against the live one.
 */
@Service
public class ExportReplayData {

    private static final Logger log = LoggerFactory.getLogger(ExportReplayData.class);

    private final RoutingCandidates candidates;
    private final RoutedOrders routedOrders;
    private final RoutingProperties properties;
    private final Clock clock;

    public ExportReplayData(RoutingCandidates candidates, RoutedOrders routedOrders, RoutingProperties properties, Clock clock) {
        this.candidates = candidates;
        this.routedOrders = routedOrders;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Every location now. Channel reservations are for {@code channel} (null = none counted): the engine's stock is
     * per channel, so a replay of several channels exports one snapshot per channel. Costs are in routing's default
     * currency ({@code omnidom.routing.currency}); a location whose costs cannot be converted is left out, as routing
     * leaves it out.
     */
    @Transactional(readOnly = true)
    public List<CandidateLocation> snapshot(String channel) {
        Instant now = clock.instant();
        CostCurrencies.Converted converted = CostCurrencies.into(properties.currency(), candidates.loadEverything(now),
                properties.rates());
        converted.refused().forEach(r -> log.warn("location {} left out of the replay snapshot: {}", r.locationId(), r.reason()));
        return converted.candidates().locations().stream().map(l -> EngineProblems.location(l, channel, now)).toList();
    }

    /** Orders accepted in [from, to), as the engine's orders dated the day they were accepted (UTC). */
    @Transactional(readOnly = true)
    public List<RoutingOrder> orders(Instant from, Instant to, int limit) {
        return routedOrders.acceptedBetween(from, to, limit).stream()
                .filter(r -> !r.order().lines().isEmpty())
                .map(r -> {
                    RoutingProblem problem = EngineProblems.problem(r.order(), r.order().lines(),
                            RoutingCandidates.Loaded.NONE, Set.of(), r.acceptedAt());
                    return problem.order();
                })
                .toList();
    }
}
