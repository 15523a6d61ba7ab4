package com.omnidom.routing.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.omnidom.routing.engine.Fixtures.BERLIN;
import static com.omnidom.routing.engine.Fixtures.HAMBURG;
import static com.omnidom.routing.engine.Fixtures.Loc;
import static com.omnidom.routing.engine.Fixtures.MUNICH;
import static com.omnidom.routing.engine.Fixtures.POTSDAM;
import static com.omnidom.routing.engine.Fixtures.TODAY;
import static com.omnidom.routing.engine.Fixtures.excludedIds;
import static com.omnidom.routing.engine.Fixtures.line;
import static com.omnidom.routing.engine.Fixtures.lineIds;
import static com.omnidom.routing.engine.Fixtures.locations;
import static com.omnidom.routing.engine.Fixtures.pickup;
import static com.omnidom.routing.engine.Fixtures.problem;
import static com.omnidom.routing.engine.Fixtures.profile;
import static com.omnidom.routing.engine.Fixtures.promised;
import static com.omnidom.routing.engine.Fixtures.ship;
import static com.omnidom.routing.engine.Fixtures.vip;
import static org.assertj.core.api.Assertions.assertThat;

class RoutingEngineTest {

    private final RoutingEngine engine = new RoutingEngine();

    @Test
    void choosesTheCheapestPlanNotTheFewestLocations() {
        // the baseline takes MUC (serves both lines); two cheap nearby shipments cost less here
        RoutingProblem p = problem(ship(line("1", "A", 1), line("2", "B", 1)),
                Loc.at("BER-A", BERLIN).stock("A", 5),
                Loc.at("BER-B", BERLIN).stock("B", 5),
                Loc.at("MUC", MUNICH).stock("A", 5, "B", 5).costs(2_000, 0));

        Decision d = engine.decide(p, profile());
        Decision base = new FewestLocationsThenNearest().decide(p, profile());

        assertThat(locations(base)).containsExactly("MUC");
        assertThat(locations(d)).containsExactly("BER-A", "BER-B");
        assertThat(d.totalCost()).isEqualTo(2 * 500 + 2 * 10 + 300).isLessThan(base.totalCost());
        assertThat(d.provenOptimal()).isTrue();
        assertThat(d.strategy()).isEqualTo(RoutingEngine.NAME);
    }

    @Test
    void amongEquallyCheapLocationsTheNearerWinsThenTheSmallerId() {
        RoutingProblem p = problem(ship(POTSDAM, line("1", "A", 1)),
                Loc.at("A-MUNICH", MUNICH).stock("A", 5),
                Loc.at("Z-BERLIN", BERLIN).stock("A", 5),
                Loc.at("Y-BERLIN", BERLIN).stock("A", 5));

        Decision d = engine.decide(p, profile());

        assertThat(locations(d)).containsExactly("Y-BERLIN");
        assertThat(d.alternatives()).extracting(Alternative::locationIds)
                .containsExactly(List.of("Z-BERLIN"), List.of("A-MUNICH"), List.of());
    }

    @Test
    void costBreakdownAddsUpPerComponent() {
        RoutingProfile profile = new RoutingProfile("p", 3, null, null, Fences.NONE,
                new CostWeights(100, 5, 2, List.of(new DistanceBand(50, 70), new DistanceBand(300, 400)), 0, 0, 10_000, 0, 600, 1_000));
        Decision d = engine.decide(problem(ship(POTSDAM, line("1", "A", 3)),
                Loc.at("BER", BERLIN).stock("A", 9).costs(200, 1)), profile);

        Shipment s = d.shipments().getFirst();
        long km = Math.round(POTSDAM.distanceKm(BERLIN));
        assertThat(s.cost()).isEqualTo(new CostBreakdown(300, 3 * 6, 70 + 2 * km, 0, 0, 0));
        assertThat(d.cost().total()).isEqualTo(d.totalCost()).isEqualTo(300 + 18 + 70 + 2 * km);
        assertThat(d.profileId()).isEqualTo("p");
        assertThat(d.profileVersion()).isEqualTo(3);
    }

    @Test
    void eachLocationFenceExcludesAndIsReported() {
        Fences fences = Fences.NONE.withAllowedTypes(EnumSet.of(LocationType.WAREHOUSE, LocationType.STORE))
                .withAllowedGroups(Set.of("east")).withMaxDistanceKm(300).withRequiredCapabilities(Set.of("ACCEPT_RETURNS"));
        RoutingProblem p = problem(ship(line("1", "A", 1)), Set.of("REJECTED"),
                Loc.at("OK", BERLIN).groups("east").only("SHIP", "ACCEPT_RETURNS").stock("A", 5).costs(900, 0),
                Loc.at("REJECTED", BERLIN).groups("east").only("SHIP", "ACCEPT_RETURNS").stock("A", 5),
                Loc.at("INACTIVE", BERLIN).groups("east").only("SHIP", "ACCEPT_RETURNS").stock("A", 5).inactive(),
                Loc.at("NO-SHIP", BERLIN).groups("east").only("PICKUP", "ACCEPT_RETURNS").stock("A", 5),
                Loc.at("NO-RETURNS", BERLIN).groups("east").only("SHIP").stock("A", 5),
                Loc.at("DROP", BERLIN).groups("east").only("SHIP", "ACCEPT_RETURNS").stock("A", 5).type(LocationType.DROP_SHIPPER),
                Loc.at("WEST", BERLIN).groups("west").only("SHIP", "ACCEPT_RETURNS").stock("A", 5),
                Loc.at("FAR", MUNICH).groups("east").only("SHIP", "ACCEPT_RETURNS").stock("A", 5),
                Loc.at("FULL", BERLIN).groups("east").only("SHIP", "ACCEPT_RETURNS").stock("A", 5).capacity(0, null),
                Loc.at("NO-UNITS", BERLIN).groups("east").only("SHIP", "ACCEPT_RETURNS").stock("A", 5).capacity(3, 0),
                Loc.at("NO-STOCK", BERLIN).groups("west").only("SHIP").stock("B", 5));

        Decision d = engine.decide(p, profile(fences));

        assertThat(locations(d)).containsExactly("OK");
        assertThat(excludedIds(d, Fence.EXCLUDED_FOR_ORDER)).containsExactly("REJECTED");
        assertThat(excludedIds(d, Fence.INACTIVE)).containsExactly("INACTIVE");
        assertThat(excludedIds(d, Fence.CAPABILITY)).containsExactly("NO-RETURNS", "NO-SHIP");
        assertThat(excludedIds(d, Fence.LOCATION_TYPE)).containsExactly("DROP");
        assertThat(excludedIds(d, Fence.LOCATION_GROUP)).containsExactly("WEST");
        assertThat(excludedIds(d, Fence.MAX_DISTANCE)).containsExactly("FAR");
        assertThat(excludedIds(d, Fence.ORDER_CAPACITY)).containsExactly("FULL");
        assertThat(excludedIds(d, Fence.UNITS_CAPACITY)).containsExactly("NO-UNITS");
        assertThat(d.exclusions()).extracting(Exclusion::locationId).doesNotContain("NO-STOCK", "OK");
        assertThat(d.exclusions()).filteredOn(e -> e.fence() == Fence.MAX_DISTANCE).first()
                .extracting(Exclusion::detail).asString().contains("km away, limit 300 km");
    }

    @Test
    void hardPromiseExcludesLateLocationsAndLateInboundStock() {
        RoutingOrder order = promised(ship(line("1", "A", 4)), TODAY.plusDays(2));
        Fences hard = Fences.NONE.withHardPromise(true);
        RoutingProblem p = problem(order,
                Loc.at("SLOW", BERLIN).stock("A", 9).handlingDays(5),
                Loc.at("INBOUND-LATE", BERLIN).stock("A", new Stock(2, 0, List.of(new Inbound(5, TODAY.plusDays(4))))),
                Loc.at("INBOUND-OK", HAMBURG).stock("A", new Stock(1, 1, List.of(new Inbound(5, TODAY.plusDays(1))))));

        Decision d = engine.decide(p, profile(hard));
        Decision soft = engine.decide(p, profile());

        assertThat(locations(d)).containsExactly("INBOUND-OK");
        assertThat(d.shipments().getFirst().lateDays()).isZero();
        assertThat(d.shipments().getFirst().deliveryDate()).isEqualTo(TODAY.plusDays(2));
        assertThat(excludedIds(d, Fence.PROMISE)).containsExactly("SLOW");
        // without the hard promise lateness only costs: still the on-time one, the others would cost 200 a day
        assertThat(locations(soft)).containsExactly("INBOUND-OK");
        assertThat(soft.alternatives()).filteredOn(a -> !a.shipments().isEmpty())
                .extracting(Alternative::locationIds).containsExactly(List.of("INBOUND-LATE"), List.of("SLOW"));
        assertThat(soft.alternatives()).filteredOn(a -> !a.shipments().isEmpty())
                .allSatisfy(a -> assertThat(a.cost().lateness()).isPositive());
    }

    @Test
    void maxShipmentsLimitsTheLocationsAndSaysSo() {
        RoutingProblem p = problem(ship(line("1", "A", 1), line("2", "B", 1), line("3", "C", 1)),
                Loc.at("A", BERLIN).stock("A", 5),
                Loc.at("B", BERLIN).stock("B", 5),
                Loc.at("C", BERLIN).stock("C", 5),
                Loc.at("AB", MUNICH).stock("A", 5, "B", 5).costs(5_000, 0));

        Decision free = engine.decide(p, profile());
        Decision two = engine.decide(p, profile(Fences.NONE.withMaxShipments(2)));

        assertThat(locations(free)).containsExactly("A", "B", "C");
        assertThat(locations(two)).hasSize(2).contains("AB", "C");
        assertThat(two.notes()).anyMatch(n -> n.contains("max shipments 2"));
    }

    @Test
    void minimumShipmentValueExcludesSmallShipments() {
        RoutingProblem p = problem(ship(line("1", "A", 1, 500), line("2", "B", 1, 5_000)),
                Loc.at("SMALL", BERLIN).stock("A", 5),
                Loc.at("BIG", BERLIN).stock("B", 5),
                Loc.at("BOTH", MUNICH).stock("A", 5, "B", 5).costs(1_000, 0));

        Decision d = engine.decide(p, profile(Fences.NONE.withMinShipmentValue(1_000L)));

        assertThat(locations(d)).containsExactly("BOTH");
        assertThat(excludedIds(d, Fence.MIN_SHIPMENT_VALUE)).containsExactly("SMALL");
        assertThat(CostModel.evaluate(p, profile(Fences.NONE.withMinShipmentValue(1_000L)),
                List.of(new Assignment("SMALL", List.of(new LineQuantity("1", "A", 1))),
                        new Assignment("BIG", List.of(new LineQuantity("2", "B", 1))))).violations())
                .anyMatch(v -> v.contains("below 1000"));
    }

    @Test
    void splitsALineOnlyWhenNoLocationCanTakeItWholeAndTheProfileAllows() {
        RoutingProblem tooBig = problem(ship(line("1", "A", 5)),
                Loc.at("BER", BERLIN).stock("A", 3), Loc.at("HAM", HAMBURG).stock("A", 3));
        RoutingProblem oneHasIt = problem(ship(line("1", "A", 5)),
                Loc.at("BER", BERLIN).stock("A", 3), Loc.at("HAM", HAMBURG).stock("A", 3),
                Loc.at("MUC", MUNICH).stock("A", 5).costs(3_000, 0));
        Fences split = Fences.NONE.withLineSplit(true);

        Decision noSplit = engine.decide(tooBig, profile());
        Decision splitted = engine.decide(tooBig, profile(split));
        Decision whole = engine.decide(oneHasIt, profile(split));

        assertThat(noSplit.unassigned()).extracting(UnassignedLine::lineId).containsExactly("1");
        assertThat(splitted.complete()).isTrue();
        assertThat(splitted.shipments()).extracting(Shipment::units).containsExactly(3, 2);
        assertThat(whole.shipments()).extracting(Shipment::locationId).containsExactly("MUC");
    }

    @Test
    void capacityIsRespected() {
        RoutingProblem p = problem(ship(line("1", "A", 3), line("2", "B", 3)),
                Loc.at("NEAR", BERLIN).stock("A", 9, "B", 9).capacity(5, 4),
                Loc.at("FAR", MUNICH).stock("A", 9, "B", 9).costs(200, 0));

        Decision d = engine.decide(p, profile());
        Decision ignoring = engine.decide(p, profile(Fences.NONE.withRespectCapacity(false)));

        assertThat(d.shipments()).allSatisfy(s -> {
            if (s.locationId().equals("NEAR")) assertThat(s.units()).isLessThanOrEqualTo(4);
        });
        assertThat(d.complete()).isTrue();
        assertThat(locations(ignoring)).containsExactly("NEAR");
    }

    @Test
    void linesOfOneSkuShareStockAndUseInboundAfterTheUnitsOnHand() {
        RoutingOrder order = promised(ship(line("1", "A", 2), line("2", "A", 2)), TODAY.plusDays(1));
        RoutingProblem p = problem(order,
                Loc.at("BER", BERLIN).stock("A", new Stock(3, 0, List.of(new Inbound(4, TODAY.plusDays(3))))));

        Decision d = engine.decide(p, profile());

        assertThat(locations(d)).containsExactly("BER");
        assertThat(d.shipments().getFirst().lateDays()).isEqualTo(3);
        assertThat(d.cost().lateness()).isEqualTo(3 * 200);
    }

    @Test
    void vipFlagIsPassedThrough() {
        RoutingProblem p = problem(vip(ship(line("1", "A", 1))), Loc.at("BER", BERLIN).stock("A", 1));

        assertThat(engine.decide(p, profile()).priority()).isTrue();
        assertThat(engine.decide(problem(ship(line("1", "A", 1)), Loc.at("BER", BERLIN).stock("A", 1)), profile()).priority()).isFalse();
    }

    @Test
    void alternativesAreOtherLocationSetsInIncreasingCost() {
        RoutingProblem p = problem(ship(line("1", "A", 1)),
                Loc.at("L1", BERLIN).stock("A", 5).costs(100, 0),
                Loc.at("L2", BERLIN).stock("A", 5).costs(300, 0),
                Loc.at("L3", BERLIN).stock("A", 5).costs(200, 0),
                Loc.at("L4", BERLIN).stock("A", 5).costs(400, 0),
                Loc.at("L5", BERLIN).stock("A", 5).costs(50_000, 0));

        Decision d = engine.decide(p, profile());

        assertThat(locations(d)).containsExactly("L1");
        assertThat(d.alternatives()).extracting(a -> a.locationIds().getFirst()).containsExactly("L3", "L2", "L4");
        assertThat(d.alternatives()).extracting(Alternative::totalCost).containsExactly(710L, 810L, 910L);
    }

    @Test
    void aLineNobodyHasIsUnassignedWithTheReason() {
        Decision d = engine.decide(problem(ship(line("1", "A", 1), line("2", "Z", 1)), Loc.at("BER", BERLIN).stock("A", 1)), profile());

        assertThat(d.unassigned()).extracting(UnassignedLine::lineId).containsExactly("2");
        assertThat(d.unassigned().getFirst().reason()).contains("no allowed location holds enough of Z");
        assertThat(d.cost().unfulfilled()).isEqualTo(10_000);
    }

    @Test
    void pickupGoesToThePickupStoreOnly() {
        Decision d = engine.decide(problem(pickup("STORE", line("1", "A", 1)),
                Loc.at("NEAR", POTSDAM).stock("A", 9), Loc.at("STORE", MUNICH).stock("A", 2)), profile());

        assertThat(locations(d)).containsExactly("STORE");
        assertThat(d.shipments().getFirst().cost().distance()).isZero();
        assertThat(excludedIds(d, Fence.NOT_PICKUP_STORE)).containsExactly("NEAR");
    }

    @Test
    void sameDecisionWhateverTheOrderOfLocations() {
        List<Loc> locations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            locations.add(Loc.at("L" + (char) ('A' + i), i % 2 == 0 ? BERLIN : HAMBURG).stock("A", 3, "B", 2, "C", 1));
        }
        RoutingOrder order = ship(line("1", "A", 2), line("2", "B", 2), line("3", "C", 1));
        Decision first = engine.decide(problem(order, locations.toArray(Loc[]::new)), profile());
        Collections.shuffle(locations, new java.util.Random(7));
        Decision shuffled = engine.decide(problem(order, locations.toArray(Loc[]::new)), profile());

        assertThat(shuffled).isEqualTo(first);
        assertThat(locations(first)).containsExactly("LA");
    }

    @Test
    void aCutSearchReturnsTheBestFoundNotProven() {
        List<Loc> locations = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            locations.add(Loc.at("L" + i, i % 3 == 0 ? BERLIN : MUNICH).stock("A", 1 + i % 3, "B", 1 + i % 2, "C", i % 4, "D", 2)
                    .costs(100 + 37L * (i % 7), i % 5));
        }
        RoutingProblem p = problem(ship(line("1", "A", 2), line("2", "B", 2), line("3", "C", 3), line("4", "D", 1)),
                locations.toArray(Loc[]::new));
        RoutingEngine tiny = new RoutingEngine(new SearchLimits(3, Duration.ofSeconds(1), 0));

        Decision cut = tiny.decide(p, profile());
        Decision full = engine.decide(p, profile());

        assertThat(cut.provenOptimal()).isFalse();
        assertThat(cut.notes()).anyMatch(n -> n.contains("not proven optimal"));
        assertThat(cut.totalCost()).isGreaterThanOrEqualTo(full.totalCost())
                .isLessThanOrEqualTo(new FewestLocationsThenNearest().decide(p, profile()).totalCost());
        assertThat(full.provenOptimal()).isTrue();
    }

    @Test
    void anOrderWithoutLinesNeedsNothing() {
        Decision d = engine.decide(problem(ship(), Loc.at("BER", BERLIN).stock("A", 1)), profile());

        assertThat(d.shipments()).isEmpty();
        assertThat(d.totalCost()).isZero();
        assertThat(d.provenOptimal()).isTrue();
    }

    @Test
    void excludedLocationIsNeverChosenOnReroute() {
        RoutingProblem p = problem(ship(line("1", "A", 1)), Set.of("BER"),
                Loc.at("BER", BERLIN).stock("A", 5), Loc.at("MUC", MUNICH).stock("A", 5));

        Decision d = engine.decide(p, profile());

        assertThat(locations(d)).containsExactly("MUC");
        assertThat(lineIds(d.shipments().getFirst())).containsExactly("1");
        assertThat(excludedIds(d, Fence.EXCLUDED_FOR_ORDER)).containsExactly("BER");
    }
}
