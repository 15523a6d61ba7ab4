package com.omnidom.routing.decision.domain;

import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FewestLocationsThenNearestTest {

    private static final GeoPoint POTSDAM = new GeoPoint(52.39, 13.06);
    private static final GeoPoint BERLIN = new GeoPoint(52.52, 13.405);
    private static final GeoPoint HAMBURG = new GeoPoint(53.55, 9.99);
    private static final GeoPoint MUNICH = new GeoPoint(48.14, 11.58);

    private final FewestLocationsThenNearest strategy = new FewestLocationsThenNearest();

    /** A builder for one candidate: active, SHIP and PICKUP, unlimited capacity unless told otherwise. */
    private record Loc(String id, GeoPoint geo, boolean active, Set<String> capabilities, Map<String, Integer> stock,
                       Integer ordersLeft, Integer unitsLeft) {
        static Loc at(String id, GeoPoint geo) {
            return new Loc(id, geo, true, Set.of("SHIP", "PICKUP"), Map.of(), null, null);
        }

        Loc stock(Object... skuAndQuantity) {
            Map<String, Integer> s = new HashMap<>(stock);
            for (int i = 0; i < skuAndQuantity.length; i += 2) s.put((String) skuAndQuantity[i], (Integer) skuAndQuantity[i + 1]);
            return new Loc(id, geo, active, capabilities, s, ordersLeft, unitsLeft);
        }

        Loc inactive() {
            return new Loc(id, geo, false, capabilities, stock, ordersLeft, unitsLeft);
        }

        Loc only(String... caps) {
            return new Loc(id, geo, active, Set.of(caps), stock, ordersLeft, unitsLeft);
        }

        Loc capacity(Integer orders, Integer units) {
            return new Loc(id, geo, active, capabilities, stock, orders, units);
        }

        Candidate candidate() {
            return new Candidate(id, geo, active, capabilities, stock, ordersLeft, unitsLeft);
        }
    }

    private static LineQuantity line(String id, String sku, int quantity) {
        return new LineQuantity(id, sku, quantity);
    }

    private static RoutingRequest ship(GeoPoint to, Set<String> excluded, LineQuantity... lines) {
        return new RoutingRequest(FulfillmentMode.SHIP, to, null, List.of(lines), excluded);
    }

    private static RoutingRequest ship(LineQuantity... lines) {
        return ship(POTSDAM, Set.of(), lines);
    }

    private RoutingPlan route(RoutingRequest request, Loc... locations) {
        return strategy.route(request, Arrays.stream(locations).map(Loc::candidate).toList());
    }

    private static List<String> locations(RoutingPlan plan) {
        return plan.assignments().stream().map(Assignment::locationId).toList();
    }

    private static List<String> lineIds(Assignment assignment) {
        return assignment.lines().stream().map(LineQuantity::lineId).toList();
    }

    @Test
    void oneLocationServingEverythingBeatsTwoNearerOnes() {
        RoutingPlan plan = route(ship(line("1", "A", 1), line("2", "B", 1)),
                Loc.at("BER-A", BERLIN).stock("A", 5),
                Loc.at("BER-B", BERLIN).stock("B", 5),
                Loc.at("MUC", MUNICH).stock("A", 5, "B", 5));

        assertThat(locations(plan)).containsExactly("MUC");
        assertThat(plan.complete()).isTrue();
    }

    @Test
    void nearestOfSeveralFullServersWins() {
        RoutingPlan plan = route(ship(line("1", "A", 2)),
                Loc.at("MUC", MUNICH).stock("A", 5),
                Loc.at("BER", BERLIN).stock("A", 5),
                Loc.at("HAM", HAMBURG).stock("A", 5));

        assertThat(locations(plan)).containsExactly("BER");
        assertThat(plan.assignments().getFirst().distanceKm()).isBetween(25.0, 30.0);
        assertThat(plan.assignments().getFirst().reason()).contains("serves 2 of 2", "km away");
    }

    @Test
    void withoutDestinationTheSmallerIdWinsATie() {
        RoutingPlan plan = route(ship(null, Set.of(), line("1", "A", 1)),
                Loc.at("WH-2", BERLIN).stock("A", 5),
                Loc.at("WH-1", MUNICH).stock("A", 5));

        assertThat(locations(plan)).containsExactly("WH-1");
        assertThat(plan.assignments().getFirst().distanceKm()).isZero();
    }

    @Test
    void picksTheLocationServingTheMostUnitsFirstThenCoversTheRest() {
        RoutingPlan plan = route(ship(line("1", "A", 1), line("2", "B", 1), line("3", "C", 5)),
                Loc.at("BER", BERLIN).stock("A", 9, "B", 9),
                Loc.at("HAM", HAMBURG).stock("C", 9, "A", 9));

        assertThat(locations(plan)).containsExactly("HAM", "BER");
        assertThat(lineIds(plan.assignments().get(0))).containsExactly("1", "3");
        assertThat(lineIds(plan.assignments().get(1))).containsExactly("2");
    }

    @Test
    void aLineIsNeverSplitBetweenLocations() {
        RoutingPlan plan = route(ship(line("1", "A", 5)),
                Loc.at("BER", BERLIN).stock("A", 3),
                Loc.at("HAM", HAMBURG).stock("A", 3));

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.unroutable()).extracting(LineQuantity::lineId).containsExactly("1");
        assertThat(plan.unroutableReason()).contains("stock");
    }

    @Test
    void linesOfTheSameSkuShareTheLocationsStock() {
        RoutingPlan plan = route(ship(line("1", "A", 2), line("2", "A", 2)),
                Loc.at("BER", BERLIN).stock("A", 3),
                Loc.at("HAM", HAMBURG).stock("A", 2));

        assertThat(locations(plan)).containsExactly("BER", "HAM");
        assertThat(plan.complete()).isTrue();
    }

    @Test
    void inactiveNonShippingExcludedAndFullLocationsAreNotCandidates() {
        RoutingPlan plan = route(ship(POTSDAM, Set.of("EXCLUDED"), line("1", "A", 1)),
                Loc.at("INACTIVE", BERLIN).stock("A", 5).inactive(),
                Loc.at("PICKUP-ONLY", BERLIN).stock("A", 5).only("PICKUP"),
                Loc.at("EXCLUDED", BERLIN).stock("A", 5),
                Loc.at("FULL", BERLIN).stock("A", 5).capacity(0, null),
                Loc.at("FAR", MUNICH).stock("A", 5));

        assertThat(locations(plan)).containsExactly("FAR");
    }

    @Test
    void unitsCapacityLimitsWhatALocationTakes() {
        RoutingPlan plan = route(ship(line("1", "A", 3), line("2", "B", 1)),
                Loc.at("BER", BERLIN).stock("A", 9, "B", 9).capacity(5, 2),
                Loc.at("MUC", MUNICH).stock("A", 9).capacity(null, null));

        assertThat(locations(plan)).containsExactly("MUC", "BER");
        assertThat(lineIds(plan.assignments().get(1))).containsExactly("2");
    }

    @Test
    void locationsWithUnknownCoordinatesRankAfterKnownOnes() {
        RoutingPlan plan = route(ship(line("1", "A", 1)),
                Loc.at("AAA-NOWHERE", null).stock("A", 5),
                Loc.at("MUC", MUNICH).stock("A", 5));

        assertThat(locations(plan)).containsExactly("MUC");
    }

    @Test
    void noEligibleLocationLeavesEverythingUnroutableSayingWhy() {
        RoutingPlan plan = route(ship(POTSDAM, Set.of("BER"), line("1", "A", 1)), Loc.at("BER", BERLIN).stock("A", 5));

        assertThat(plan.unroutable()).hasSize(1);
        assertThat(plan.unroutableReason()).contains("no active location offering SHIP", "excluded: BER");
    }

    @Test
    void pickupGoesToThePickupStoreEvenWhenAnotherIsNearer() {
        RoutingPlan plan = route(new RoutingRequest(FulfillmentMode.PICKUP, null, "STORE", List.of(line("1", "A", 2)), Set.of()),
                Loc.at("NEAR", POTSDAM).stock("A", 9),
                Loc.at("STORE", MUNICH).stock("A", 2));

        assertThat(locations(plan)).containsExactly("STORE");
        assertThat(plan.complete()).isTrue();
    }

    @Test
    void pickupIsAllOrNothingAtTheStore() {
        RoutingRequest request = new RoutingRequest(FulfillmentMode.PICKUP, null, "STORE",
                List.of(line("1", "A", 2), line("2", "B", 1)), Set.of());

        RoutingPlan partial = route(request, Loc.at("STORE", BERLIN).stock("A", 2), Loc.at("WH", BERLIN).stock("B", 9));
        RoutingPlan noPickup = route(request, Loc.at("STORE", BERLIN).stock("A", 2, "B", 1).only("SHIP"));
        RoutingPlan excluded = route(new RoutingRequest(FulfillmentMode.PICKUP, null, "STORE", request.lines(), Set.of("STORE")),
                Loc.at("STORE", BERLIN).stock("A", 2, "B", 1));
        RoutingPlan noStore = route(new RoutingRequest(FulfillmentMode.PICKUP, null, null, request.lines(), Set.of()),
                Loc.at("STORE", BERLIN).stock("A", 2, "B", 1));

        assertThat(List.of(partial, noPickup, excluded, noStore)).allSatisfy(plan -> {
            assertThat(plan.assignments()).isEmpty();
            assertThat(plan.unroutable()).hasSize(2);
        });
        assertThat(partial.unroutableReason()).contains("cannot serve every line");
        assertThat(noPickup.unroutableReason()).contains("does not offer PICKUP");
        assertThat(excluded.unroutableReason()).contains("rejected");
        assertThat(noStore.unroutableReason()).contains("no pickup store");
    }

    @Test
    void sameInputSamePlan() {
        RoutingRequest request = ship(line("1", "A", 1), line("2", "B", 2), line("3", "C", 3));
        Loc[] locations = {Loc.at("BER", BERLIN).stock("A", 9, "B", 1), Loc.at("HAM", HAMBURG).stock("B", 9, "C", 9),
                Loc.at("MUC", MUNICH).stock("A", 9, "C", 1)};

        assertThat(route(request, locations)).isEqualTo(route(request, locations));
    }

    @Test
    void haversineDistanceBerlinMunich() {
        assertThat(BERLIN.distanceKm(MUNICH)).isBetween(500.0, 510.0);
        assertThat(BERLIN.distanceKm(BERLIN)).isZero();
    }
}
