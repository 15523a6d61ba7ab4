package com.omnidom.routing.decision.domain;

import com.omnidom.kernel.GeoPoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The candidates for a decision, read from the replicas: every location holding (or expecting) any of the order's
 * SKUs, with its stock of them, its cost profile and the capacity it has left on its own local day. Available stock
 * is what inventory published minus what routing's own unconfirmed fulfilments claim there, so orders routed one
 * after another in a window never count the same last unit twice; inventory still decides every allocation.
 */
public interface RoutingCandidates {

    /** Stock of an article without a limit (unlimited e-gift cards ...): more than any order asks for. */
    int UNLIMITED = 1_000_000;

    Loaded load(Collection<String> skus, Instant now);

    /** One location as a candidate for these SKUs (no stock where it has none); empty when the replica does not know it. */
    Optional<Location> location(String locationId, Collection<String> skus, Instant now);

    /** Every location with all its stock: the snapshot a what-if replay runs on. */
    Loaded loadEverything(Instant now);

    /** Units kept for a channel until a time (null = open-ended). */
    record Reservation(String channel, int quantity, Instant until) {
    }

    /** Units on their way, expected at a time. */
    record InTransit(int quantity, Instant expectedAt) {
    }

    /** Cost (minor units of the location's cost currency) of a shipment up to a distance. */
    record Band(int upToKm, long cost) {
    }

    /**
     * One SKU at one location.
     *
     * @param available what routing may promise now: the replica's figure minus routing's unconfirmed claims
     */
    record SkuStock(int available, List<Reservation> reservations, List<InTransit> inTransit) {
    }

    /** A location as a decision sees it, with everything any strategy or the engine needs. */
    record Location(String locationId, String type, GeoPoint geo, ZoneId zone, List<String> capabilities,
                    boolean active, Integer ordersLeft, Integer unitsLeft, String costCurrency, Long costPerShipment,
                    Long costPerUnit, List<Band> distanceBands, Map<String, SkuStock> stock) {

        /** Whether the catalog gave the location a cost profile (its amounts are then in {@code costCurrency}). */
        public boolean hasCosts() {
            return costPerShipment != null || costPerUnit != null || !distanceBands.isEmpty();
        }
    }

    /** Candidates and, per location, the local day whose capacity a reservation would use. */
    record Loaded(List<Location> locations, Map<String, LocalDate> days) {

        public static final Loaded NONE = new Loaded(List.of(), Map.of());

        public Loaded without(Set<String> locationIds) {
            return new Loaded(locations.stream().filter(l -> !locationIds.contains(l.locationId())).toList(), days);
        }
    }
}
