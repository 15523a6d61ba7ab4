package com.omnidom.routing.decision.application;

import com.omnidom.routing.engine.CostModel;
import com.omnidom.routing.engine.Decision;
import com.omnidom.routing.engine.RoutingProblem;
import com.omnidom.routing.engine.RoutingStrategy;
import com.omnidom.routing.engine.Shipment;
import com.omnidom.routing.engine.UnassignedLine;
import com.omnidom.routing.profile.application.ActiveRoutingProfile;
import com.omnidom.routing.profile.application.RoutingProfiles;
import com.omnidom.routing.profile.application.ShadowDecisions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Shadow mode: every SHADOW profile whose scope covers the order decides the same problem as the live profile; the
 * decision is stored and compared (locations, cost under the live profile's terms), never executed. A failure here
 * is logged and never disturbs the live decision.
 */
@Service
public class ShadowRouting {

    private static final Logger log = LoggerFactory.getLogger(ShadowRouting.class);

    private final RoutingProfiles profiles;
    private final ShadowDecisions shadowDecisions;

    public ShadowRouting(RoutingProfiles profiles, ShadowDecisions shadowDecisions) {
        this.profiles = profiles;
        this.shadowDecisions = shadowDecisions;
    }

    /** The problem's costs are in the live profile's currency: shadows are compared in it. */
    void decideAlongside(RoutingStrategy strategy, RoutingProblem problem, ActiveRoutingProfile.Selected live, Decision liveDecision,
                         UUID orderId, String channel, String country, Instant now) {
        List<RoutingProfiles.Profile> shadows = profiles.shadowsFor(channel, country);
        for (RoutingProfiles.Profile shadow : shadows) {
            ShadowDecisions.Shadow outcome;
            try {
                Decision decision = strategy.decide(problem,
                        shadow.content().toEngine(shadow.id().toString(), shadow.version(), shadow.channel(), shadow.country()));
                long underLiveTerms = CostModel.evaluate(problem, live.profile(), decision.assignments()).cost().total();
                ShadowDecisions.Explanation explanation = new ShadowDecisions.Explanation(decision.shipments(),
                        decision.unassigned(), decision.cost(), decision.provenOptimal(), decision.exclusions());
                outcome = new ShadowDecisions.Shadow(shadow.id(), orderId, live.id(), locations(liveDecision),
                        locations(decision), liveDecision.totalCost(), decision.totalCost(), underLiveTerms,
                        unassignedUnits(liveDecision), unassignedUnits(decision), explanation);
            } catch (RuntimeException e) {
                log.warn("shadow profile {} could not decide order {}: {}", shadow.id(), orderId, e.toString());
                continue;
            }
            shadowDecisions.record(outcome, now);
        }
    }

    private static List<String> locations(Decision d) {
        return d.shipments().stream().map(Shipment::locationId).sorted().toList();
    }

    private static int unassignedUnits(Decision d) {
        return d.unassigned().stream().mapToInt(UnassignedLine::quantity).sum();
    }
}
