package com.omnidom.routing.lab.replay;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.routing.engine.CandidateLocation;
import com.omnidom.routing.engine.Fences;
import com.omnidom.routing.engine.FewestLocationsThenNearest;
import com.omnidom.routing.engine.FulfillmentMode;
import com.omnidom.routing.engine.Inbound;
import com.omnidom.routing.engine.LocationCosts;
import com.omnidom.routing.engine.LocationType;
import com.omnidom.routing.engine.OrderLine;
import com.omnidom.routing.engine.RoutingEngine;
import com.omnidom.routing.engine.RoutingOrder;
import com.omnidom.routing.engine.RoutingProfile;
import com.omnidom.routing.engine.Stock;
import com.omnidom.routing.lab.cities.Cities;
import com.omnidom.routing.lab.scenario.WorldGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayTest {

    private static final LocalDate DAY = WorldGenerator.DAY;
    private static final GeoPoint BERLIN = new GeoPoint(52.52, 13.405);

    private static RoutingOrder order(String id, String sku, int quantity) {
        return new RoutingOrder(id, FulfillmentMode.SHIP, BERLIN, null, false, "web", "DE", DAY, DAY.plusDays(2),
                List.of(new OrderLine("1", sku, quantity, 1_000)));
    }

    private static CandidateLocation store(String id, int stock, Integer ordersLeft) {
        return new CandidateLocation(id, LocationType.STORE, BERLIN, Set.of(), Set.of("SHIP", "PICKUP"), true,
                Map.of("A", Stock.onHand(stock)), ordersLeft, null, new LocationCosts(100, 0, List.of()), 0);
    }

    @Test
    void eachSideConsumesItsOwnStockAndCapacityAsItGoes() {
        Snapshot snapshot = new Snapshot(DAY, List.of(store("S1", 2, null), store("S2", 5, 1)));
        List<RoutingOrder> orders = List.of(order("o1", "A", 1), order("o2", "A", 1), order("o3", "A", 1), order("o4", "A", 1));
        RoutingProfile active = RoutingProfile.defaults();
        RoutingProfile onlyS2 = RoutingProfile.defaults().with(Fences.NONE.withAllowedGroups(Set.of("none")));
        List<Long> progress = new ArrayList<>();

        Replay.Result result = Replay.run(snapshot, orders, active, onlyS2, new RoutingEngine(), progress::add);

        // active: S1 (cheaper by id) twice, S2 once (its one order), then nothing left
        assertThat(result.active().completeOrders).isEqualTo(3);
        assertThat(result.active().byType.get(LocationType.STORE).ordersUsed).isEqualTo(1);
        assertThat(result.active().byType.get(LocationType.STORE).ordersCapacity).isEqualTo(1);
        // candidate: fenced out of everything
        assertThat(result.candidate().completeOrders).isZero();
        assertThat(result.candidate().unassignedLines).isEqualTo(4);
        assertThat(progress).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void takesUnitsOnHandThenTheReservationThenInbound() {
        Stock stock = new Stock(2, 1, List.of(new Inbound(3, DAY.plusDays(1)), new Inbound(4, DAY.plusDays(2))));

        assertThat(Replay.Ledger.take(stock, 1)).isEqualTo(new Stock(1, 1, stock.inbound()));
        assertThat(Replay.Ledger.take(stock, 5))
                .isEqualTo(new Stock(0, 0, List.of(new Inbound(1, DAY.plusDays(1)), new Inbound(4, DAY.plusDays(2)))));
        assertThat(Replay.Ledger.take(stock, 7)).isEqualTo(new Stock(0, 0, List.of(new Inbound(3, DAY.plusDays(2)))));
    }

    @Test
    void filesRoundTripAndTheReportComparesBothSides(@TempDir Path dir) throws IOException {
        WorldGenerator generator = new WorldGenerator(Cities.load(Cities.DEFAULT_COUNTRIES), 500);
        Snapshot snapshot = new Snapshot(DAY, generator.locations(3, 20));
        List<RoutingOrder> orders = generator.orders(3, 150, snapshot.locations());
        RoutingProfile active = WorldGenerator.benchmarkProfile();
        RoutingProfile candidate = new RoutingProfile("fewer-stores", 2, null, null,
                Fences.NONE.withAllowedTypes(Set.of(LocationType.WAREHOUSE, LocationType.DROP_SHIPPER)), active.weights());

        ReplayFiles.writeSnapshot(dir.resolve("snapshot.json"), snapshot);
        ReplayFiles.writeOrders(dir.resolve("orders.ndjson"), orders);
        ReplayFiles.writeProfile(dir.resolve("candidate.json"), candidate);
        assertThat(ReplayFiles.readSnapshot(dir.resolve("snapshot.json"))).isEqualTo(snapshot);
        assertThat(ReplayFiles.readOrders(dir.resolve("orders.ndjson"))).isEqualTo(orders);
        assertThat(ReplayFiles.readProfile(dir.resolve("candidate.json"))).isEqualTo(candidate);
        ReplayFiles.writeLocations(dir.resolve("locations.ndjson"), snapshot.locations());
        assertThat(ReplayFiles.readLocations(dir.resolve("locations.ndjson"))).isEqualTo(snapshot.locations());

        Replay.Result result = Replay.run(snapshot, orders, active, candidate, new RoutingEngine(), done -> { });
        String report = ReplayReport.markdown(result, "orders.ndjson");

        assertThat(result.active().orders).isEqualTo(150);
        assertThat(result.candidate().byType.get(LocationType.STORE).shipments).isZero();
        assertThat(result.active().byType.get(LocationType.STORE).shipments).isPositive();
        assertThat(result.candidate().referenceCost).isGreaterThanOrEqualTo(result.active().referenceCost);
        assertThat(report).contains("# What-if replay: benchmark v1 vs fewer-stores v2", "| shipments per order |",
                "| split rate", "| promise hits", "## Use per location type", "| STORE |", "```mermaid", "xychart-beta");
    }

    @Test
    void aProfileWithAnUnknownFieldIsRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("typo.json");
        ReplayFiles.writeProfile(file, RoutingProfile.defaults());
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replace("\"maxShipments\"", "\"maxShipmnets\""));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReplayFiles.readProfile(file))
                .hasMessageContaining("maxShipmnets");
    }

    @Test
    void theBaselineCanBeReplayedAgainstTheEngine() {
        WorldGenerator generator = new WorldGenerator(Cities.load(Cities.DEFAULT_COUNTRIES), 500);
        Snapshot snapshot = new Snapshot(DAY, generator.locations(5, 30));
        List<RoutingOrder> orders = generator.orders(5, 200, snapshot.locations());
        RoutingProfile profile = WorldGenerator.benchmarkProfile();

        Replay.Result result = Replay.run(snapshot, orders, profile, new FewestLocationsThenNearest(), profile,
                new RoutingEngine(), done -> { });

        assertThat(result.active().strategy()).isEqualTo(FewestLocationsThenNearest.NAME);
        assertThat(result.candidate().referenceCost).isLessThan(result.active().referenceCost);
        assertThat(ReplayReport.markdown(result, "generated")).contains("benchmark v1 (FEWEST_LOCATIONS_THEN_NEAREST) vs benchmark v1");
    }
}
