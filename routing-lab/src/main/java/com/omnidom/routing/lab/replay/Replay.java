package com.omnidom.routing.lab.replay;

import com.omnidom.routing.engine.CandidateLocation;
import com.omnidom.routing.engine.CostModel;
import com.omnidom.routing.engine.Decision;
import com.omnidom.routing.engine.Inbound;
import com.omnidom.routing.engine.LineQuantity;
import com.omnidom.routing.engine.RoutingOrder;
import com.omnidom.routing.engine.RoutingProblem;
import com.omnidom.routing.engine.RoutingProfile;
import com.omnidom.routing.engine.RoutingStrategy;
import com.omnidom.routing.engine.Shipment;
import com.omnidom.routing.engine.Stock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Decides every order under two profiles, each on its own copy of the snapshot: the stock and capacity a decision
 * takes are gone for the orders after it (units on hand first, then the channel's reservation, then inbound).
 */
public final class Replay {

    public record Result(Snapshot snapshot, int orders, SideStats active, SideStats candidate) {
    }

    private Replay() {
    }

    public static Result run(Snapshot snapshot, List<RoutingOrder> orders, RoutingProfile active, RoutingProfile candidate,
                             RoutingStrategy strategy, LongConsumer progress) {
        return run(snapshot, orders, active, strategy, candidate, strategy, progress);
    }

    /** Each side with its own strategy, e.g. the baseline as active and the engine as candidate. */
    public static Result run(Snapshot snapshot, List<RoutingOrder> orders, RoutingProfile active, RoutingStrategy activeStrategy,
                             RoutingProfile candidate, RoutingStrategy candidateStrategy, LongConsumer progress) {
        Ledger activeLedger = new Ledger(snapshot.locations());
        Ledger candidateLedger = new Ledger(snapshot.locations());
        SideStats activeStats = new SideStats(active, activeStrategy.name(), snapshot.locations());
        SideStats candidateStats = new SideStats(candidate, candidateStrategy.name(), snapshot.locations());
        long done = 0;
        for (RoutingOrder order : orders) {
            decide(order, active, active, activeStrategy, activeLedger, activeStats);
            decide(order, candidate, active, candidateStrategy, candidateLedger, candidateStats);
            progress.accept(++done);
        }
        return new Result(snapshot, orders.size(), activeStats, candidateStats);
    }

    private static void decide(RoutingOrder order, RoutingProfile profile, RoutingProfile reference,
                               RoutingStrategy strategy, Ledger ledger, SideStats stats) {
        RoutingProblem problem = new RoutingProblem(order, ledger.locations(), java.util.Set.of());
        long start = System.nanoTime();
        Decision decision = strategy.decide(problem, profile);
        long nanos = System.nanoTime() - start;
        stats.note(order, decision, nanos, ledger.byId);
        // the same plan costed with the active profile's weights: profiles with other weights compare on one scale
        stats.referenceCost += profile.equals(reference) ? decision.totalCost()
                : CostModel.evaluate(problem, reference, decision.assignments()).cost().total();
        ledger.consume(decision);
    }

    /** One side's current stock and capacity. */
    static final class Ledger {
        private final CandidateLocation[] locations;
        private final Map<String, Integer> index = new HashMap<>();
        final Map<String, CandidateLocation> byId = new LinkedHashMap<>();

        Ledger(List<CandidateLocation> start) {
            locations = start.toArray(new CandidateLocation[0]);
            for (int i = 0; i < locations.length; i++) {
                index.put(locations[i].locationId(), i);
                byId.put(locations[i].locationId(), locations[i]);
            }
        }

        List<CandidateLocation> locations() {
            return Arrays.asList(locations);
        }

        void consume(Decision decision) {
            for (Shipment s : decision.shipments()) {
                int i = index.get(s.locationId());
                CandidateLocation l = locations[i];
                Map<String, Stock> stock = new HashMap<>(l.stock());
                for (LineQuantity q : s.lines()) stock.computeIfPresent(q.sku(), (sku, st) -> take(st, q.quantity()));
                Integer orders = l.ordersLeft() == null ? null : Math.max(0, l.ordersLeft() - 1);
                Integer units = l.unitsLeft() == null ? null : Math.max(0, l.unitsLeft() - s.units());
                locations[i] = l.with(stock, orders, units);
                byId.put(l.locationId(), locations[i]);
            }
        }

        static Stock take(Stock s, int units) {
            int fromAvailable = Math.min(units, Math.max(0, s.available()));
            units -= fromAvailable;
            int fromReserved = Math.min(units, Math.max(0, s.reservedForChannel()));
            units -= fromReserved;
            List<Inbound> inbound = new ArrayList<>();
            for (Inbound in : s.inbound()) {
                int fromInbound = Math.min(units, in.quantity());
                units -= fromInbound;
                if (in.quantity() - fromInbound > 0) inbound.add(new Inbound(in.quantity() - fromInbound, in.arrives()));
            }
            return new Stock(s.available() - fromAvailable, s.reservedForChannel() - fromReserved, inbound);
        }
    }
}
