package com.omnidom.routing.decision.domain;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.routing.engine.CandidateLocation;
import com.omnidom.routing.engine.DistanceBand;
import com.omnidom.routing.engine.FulfillmentMode;
import com.omnidom.routing.engine.Inbound;
import com.omnidom.routing.engine.LocationCosts;
import com.omnidom.routing.engine.LocationType;
import com.omnidom.routing.engine.OrderLine;
import com.omnidom.routing.engine.RoutingOrder;
import com.omnidom.routing.engine.RoutingProblem;
import com.omnidom.routing.engine.Shipment;
import com.omnidom.routing.engine.Stock;
import com.omnidom.routing.fulfillment.domain.LineQuantity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates routing's view (routed order, replicas, capacity left) into the engine's problem, and reads back what a
 * shipment relies on. Stock per SKU: what any channel may be promised now, plus the order's channel's own live
 * reservation, plus goods in transit by their day of arrival at the location.
 */
public final class EngineProblems {

    private EngineProblems() {
    }

    public static RoutingProblem problem(RoutedOrder order, List<LineQuantity> lines, RoutingCandidates.Loaded loaded,
                                  Set<String> excluded, Instant now) {
        RoutingOrder routingOrder = new RoutingOrder(order.orderId().toString(), FulfillmentMode.valueOf(order.mode().name()),
                order.destination() == null ? null : new GeoPoint(order.destination().latitude(), order.destination().longitude()),
                order.pickupLocationId(), order.priority(), order.channel(), order.country(),
                LocalDate.ofInstant(now, ZoneOffset.UTC), order.promiseDate(),
                lines.stream().map(l -> new OrderLine(l.lineId(), l.sku(), l.quantity(), order.unitPrice(l.lineId()))).toList());
        return new RoutingProblem(routingOrder, loaded.locations().stream().map(l -> location(l, order.channel(), now)).toList(),
                excluded);
    }

    public static CandidateLocation location(RoutingCandidates.Location l, String channel, Instant now) {
        Map<String, Stock> stock = new HashMap<>();
        l.stock().forEach((sku, s) -> stock.put(sku, new Stock(s.available(), reservedFor(s, channel, now),
                s.inTransit().stream().filter(t -> t.quantity() > 0)
                        .map(t -> new Inbound(t.quantity(), LocalDate.ofInstant(t.expectedAt() == null ? now : t.expectedAt(), l.zone())))
                        .toList())));
        LocationCosts costs = l.costPerShipment() == null && l.costPerUnit() == null && l.distanceBands().isEmpty()
                ? LocationCosts.NONE
                : new LocationCosts(l.costPerShipment() == null ? 0 : l.costPerShipment(),
                l.costPerUnit() == null ? 0 : l.costPerUnit(),
                l.distanceBands().stream().map(b -> new DistanceBand(b.upToKm(), b.cost())).toList());
        return new CandidateLocation(l.locationId(), type(l.type()),
                l.geo() == null ? null : new GeoPoint(l.geo().latitude(), l.geo().longitude()), Set.of(),
                Set.copyOf(l.capabilities()), l.active(), stock, l.ordersLeft(), l.unitsLeft(), costs, 0);
    }

    /**
     * When in-transit goods must have arrived for the shipment: null when the location's stock on hand (and the
     * channel's reservation) covers it; else the arrival of the last inbound it needs.
     */
    public static Instant promisedBy(Shipment shipment, RoutingCandidates.Location location, String channel, Instant now) {
        Map<String, Integer> units = new HashMap<>();
        shipment.lines().forEach(l -> units.merge(l.sku(), l.quantity(), Integer::sum));
        Instant latest = null;
        for (Map.Entry<String, Integer> e : units.entrySet()) {
            RoutingCandidates.SkuStock s = location.stock().get(e.getKey());
            if (s == null) continue;
            int missing = e.getValue() - s.available() - reservedFor(s, channel, now);
            for (RoutingCandidates.InTransit t : s.inTransit().stream()
                    .sorted(Comparator.comparing(t -> t.expectedAt() == null ? now : t.expectedAt())).toList()) {
                if (missing <= 0) break;
                missing -= t.quantity();
                Instant arrives = t.expectedAt() == null ? now : t.expectedAt();
                if (latest == null || arrives.isAfter(latest)) latest = arrives;
            }
        }
        return latest;
    }

    public static int reservedFor(RoutingCandidates.SkuStock s, String channel, Instant now) {
        if (channel == null) return 0;
        return s.reservations().stream()
                .filter(r -> channel.equals(r.channel()) && (r.until() == null || r.until().isAfter(now)))
                .mapToInt(RoutingCandidates.Reservation::quantity).sum();
    }

    /** The catalog's type; a location the replica knows no type of counts as a store (the most fenced kind). */
    private static LocationType type(String type) {
        return Arrays.stream(LocationType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(LocationType.STORE);
    }
}
