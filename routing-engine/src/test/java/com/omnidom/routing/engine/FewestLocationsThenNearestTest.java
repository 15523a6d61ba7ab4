package com.omnidom.routing.engine;

import com.omnidom.kernel.GeoPoint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.omnidom.routing.engine.Fixtures.BERLIN;
import static com.omnidom.routing.engine.Fixtures.HAMBURG;
import static com.omnidom.routing.engine.Fixtures.Loc;
import static com.omnidom.routing.engine.Fixtures.MUNICH;
import static com.omnidom.routing.engine.Fixtures.POTSDAM;
import static com.omnidom.routing.engine.Fixtures.line;
import static com.omnidom.routing.engine.Fixtures.lineIds;
import static com.omnidom.routing.engine.Fixtures.locations;
import static com.omnidom.routing.engine.Fixtures.pickup;
import static com.omnidom.routing.engine.Fixtures.problem;
import static com.omnidom.routing.engine.Fixtures.profile;
import static com.omnidom.routing.engine.Fixtures.ship;
import static org.assertj.core.api.Assertions.assertThat;

/** The baseline keeps the rules it had in routing-service. */
class FewestLocationsThenNearestTest {

    private final FewestLocationsThenNearest strategy = new FewestLocationsThenNearest();

    private Decision route(RoutingProblem problem) {
        return strategy.decide(problem, profile());
    }

    @Test
    void oneLocationServingEverythingBeatsTwoNearerOnes() {
        Decision d = route(problem(ship(line("1", "A", 1), line("2", "B", 1)),
                Loc.at("BER-A", BERLIN).stock("A", 5),
                Loc.at("BER-B", BERLIN).stock("B", 5),
                Loc.at("MUC", MUNICH).stock("A", 5, "B", 5)));

        assertThat(locations(d)).containsExactly("MUC");
        assertThat(d.complete()).isTrue();
        assertThat(d.strategy()).isEqualTo(FewestLocationsThenNearest.NAME);
    }

    @Test
    void nearestOfSeveralFullServersWins() {
        Decision d = route(problem(ship(line("1", "A", 2)),
                Loc.at("MUC", MUNICH).stock("A", 5),
                Loc.at("BER", BERLIN).stock("A", 5),
                Loc.at("HAM", HAMBURG).stock("A", 5)));

        assertThat(locations(d)).containsExactly("BER");
        assertThat(d.shipments().getFirst().distanceKm()).isBetween(25.0, 30.0);
        assertThat(d.notes().getFirst()).contains("serves 2 of 2", "km away");
    }

    @Test
    void withoutDestinationTheSmallerIdWinsATie() {
        Decision d = route(problem(ship((GeoPoint) null, line("1", "A", 1)),
                Loc.at("WH-2", BERLIN).stock("A", 5),
                Loc.at("WH-1", MUNICH).stock("A", 5)));

        assertThat(locations(d)).containsExactly("WH-1");
        assertThat(d.shipments().getFirst().distanceKm()).isZero();
    }

    @Test
    void picksTheLocationServingTheMostUnitsFirstThenCoversTheRest() {
        Decision d = route(problem(ship(line("1", "A", 1), line("2", "B", 1), line("3", "C", 5)),
                Loc.at("BER", BERLIN).stock("A", 9, "B", 9),
                Loc.at("HAM", HAMBURG).stock("C", 9, "A", 9)));

        assertThat(locations(d)).containsExactly("BER", "HAM");
        assertThat(lineIds(d.shipments().get(1))).containsExactly("1", "3");
        assertThat(lineIds(d.shipments().get(0))).containsExactly("2");
    }

    @Test
    void aLineIsNeverSplitBetweenLocations() {
        Decision d = route(problem(ship(line("1", "A", 5)),
                Loc.at("BER", BERLIN).stock("A", 3),
                Loc.at("HAM", HAMBURG).stock("A", 3)));

        assertThat(d.shipments()).isEmpty();
        assertThat(d.unassigned()).extracting(UnassignedLine::lineId).containsExactly("1");
        assertThat(d.unassigned().getFirst().reason()).contains("stock");
    }

    @Test
    void linesOfTheSameSkuShareTheLocationsStock() {
        Decision d = route(problem(ship(line("1", "A", 2), line("2", "A", 2)),
                Loc.at("BER", BERLIN).stock("A", 3),
                Loc.at("HAM", HAMBURG).stock("A", 2)));

        assertThat(locations(d)).containsExactly("BER", "HAM");
        assertThat(d.complete()).isTrue();
    }

    @Test
    void inactiveNonShippingExcludedAndFullLocationsAreNotCandidates() {
        Decision d = route(problem(ship(line("1", "A", 1)), Set.of("EXCLUDED"),
                Loc.at("INACTIVE", BERLIN).stock("A", 5).inactive(),
                Loc.at("PICKUP-ONLY", BERLIN).stock("A", 5).only("PICKUP"),
                Loc.at("EXCLUDED", BERLIN).stock("A", 5),
                Loc.at("FULL", BERLIN).stock("A", 5).capacity(0, null),
                Loc.at("FAR", MUNICH).stock("A", 5)));

        assertThat(locations(d)).containsExactly("FAR");
        assertThat(d.exclusions()).extracting(Exclusion::locationId)
                .containsExactly("EXCLUDED", "FULL", "INACTIVE", "PICKUP-ONLY");
    }

    @Test
    void unitsCapacityLimitsWhatALocationTakes() {
        Decision d = route(problem(ship(line("1", "A", 3), line("2", "B", 1)),
                Loc.at("BER", BERLIN).stock("A", 9, "B", 9).capacity(5, 2),
                Loc.at("MUC", MUNICH).stock("A", 9).capacity(null, null)));

        assertThat(locations(d)).containsExactly("BER", "MUC");
        assertThat(lineIds(d.shipments().getFirst())).containsExactly("2");
    }

    @Test
    void locationsWithUnknownCoordinatesRankAfterKnownOnes() {
        Decision d = route(problem(ship(line("1", "A", 1)),
                Loc.at("AAA-NOWHERE", null).stock("A", 5),
                Loc.at("MUC", MUNICH).stock("A", 5)));

        assertThat(locations(d)).containsExactly("MUC");
    }

    @Test
    void noEligibleLocationLeavesEverythingUnroutableSayingWhy() {
        Decision d = route(problem(ship(POTSDAM, line("1", "A", 1)), Set.of("BER"), Loc.at("BER", BERLIN).stock("A", 5)));

        assertThat(d.unassigned()).hasSize(1);
        assertThat(d.unassigned().getFirst().reason()).contains("no active location offering SHIP", "excluded: BER");
    }

    @Test
    void pickupGoesToThePickupStoreEvenWhenAnotherIsNearer() {
        Decision d = route(problem(pickup("STORE", line("1", "A", 2)),
                Loc.at("NEAR", POTSDAM).stock("A", 9),
                Loc.at("STORE", MUNICH).stock("A", 2)));

        assertThat(locations(d)).containsExactly("STORE");
        assertThat(d.complete()).isTrue();
    }

    @Test
    void pickupIsAllOrNothingAtTheStore() {
        var order = pickup("STORE", line("1", "A", 2), line("2", "B", 1));

        Decision partial = route(problem(order, Loc.at("STORE", BERLIN).stock("A", 2), Loc.at("WH", BERLIN).stock("B", 9)));
        Decision noPickup = route(problem(order, Loc.at("STORE", BERLIN).stock("A", 2, "B", 1).only("SHIP")));
        Decision excluded = route(problem(order, Set.of("STORE"), Loc.at("STORE", BERLIN).stock("A", 2, "B", 1)));
        Decision noStore = route(problem(pickup(null, order.lines().toArray(OrderLine[]::new)),
                Loc.at("STORE", BERLIN).stock("A", 2, "B", 1)));

        assertThat(List.of(partial, noPickup, excluded, noStore)).allSatisfy(d -> {
            assertThat(d.shipments()).isEmpty();
            assertThat(d.unassigned()).hasSize(2);
        });
        assertThat(partial.unassigned().getFirst().reason()).contains("cannot serve every line");
        assertThat(noPickup.unassigned().getFirst().reason()).contains("does not offer PICKUP");
        assertThat(excluded.unassigned().getFirst().reason()).contains("rejected");
        assertThat(noStore.unassigned().getFirst().reason()).contains("no pickup store");
    }

    @Test
    void sameInputSameDecision() {
        RoutingProblem p = problem(ship(line("1", "A", 1), line("2", "B", 2), line("3", "C", 3)),
                Loc.at("BER", BERLIN).stock("A", 9, "B", 1), Loc.at("HAM", HAMBURG).stock("B", 9, "C", 9),
                Loc.at("MUC", MUNICH).stock("A", 9, "C", 1));

        assertThat(route(p)).isEqualTo(route(p));
    }

    @Test
    void theBaselinesPlanIsCostedUnderTheProfile() {
        Decision d = route(problem(ship(line("1", "A", 2), line("2", "B", 1)),
                Loc.at("BER", BERLIN).stock("A", 9), Loc.at("HAM", HAMBURG).stock("B", 9)));

        // two shipments of 500, 3 units of 10, one split of 300
        assertThat(d.cost()).isEqualTo(new CostBreakdown(1_000, 30, 0, 300, 0, 0));
        assertThat(d.totalCost()).isEqualTo(1_330);
    }

    @Test
    void haversineDistanceBerlinMunich() {
        assertThat(BERLIN.distanceKm(MUNICH)).isBetween(500.0, 510.0);
        assertThat(BERLIN.distanceKm(BERLIN)).isZero();
    }
}
