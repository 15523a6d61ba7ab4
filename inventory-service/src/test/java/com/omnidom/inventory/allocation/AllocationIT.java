package com.omnidom.inventory.allocation;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.Topics;
import com.omnidom.events.returns.ReturnLine;
import com.omnidom.inventory.AvailabilityTopic;
import com.omnidom.inventory.Fulfillments;
import com.omnidom.inventory.allocation.application.AllocationOutcome;
import com.omnidom.inventory.allocation.application.StockAllocation;
import com.omnidom.inventory.allocation.domain.AllocationLine;
import com.omnidom.inventory.allocation.domain.FulfillmentId;
import com.omnidom.inventory.allocation.domain.FulfillmentOrder;
import com.omnidom.inventory.stock.application.SetOnHand;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.Assignments;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import com.omnidom.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.omnidom.inventory.Fulfillments.anOrderAt;
import static com.omnidom.inventory.Fulfillments.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

// no fallback round: availability is published only because the changes' commits woke the publisher
@OmnidomServiceTest
@TestPropertySource(properties = "omnidom.inventory.availability.publish-check=1h")
class AllocationIT {

    private final Wire wire;

    AllocationIT(Wire wire) {
        this.wire = wire;
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SetOnHand setOnHand;

    @Autowired
    StockAllocation allocation;

    @Autowired
    Inbox inbox;

    @Autowired
    MeterRegistry meters;

    @Test
    void allocatesEveryLineAndPublishesStockAllocatedAndTheNewAvailability() {
        stock("WH-A", "OK-A", 10);
        stock("WH-A", "OK-B", 5);
        Fulfillments order = anOrderAt("WH-A");
        UUID fulfillment = UUID.randomUUID();
        double allocated = count("omnidom.stock.allocations", "outcome", "allocated");
        double failed = count("omnidom.stock.allocations", "outcome", "failed");

        publish(order.assigned(fulfillment, line("1", "OK-A", 3), line("2", "OK-B", 2)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("omnidom.stock.allocations", "outcome", "allocated") - allocated).isEqualTo(1));
        assertThat(count("omnidom.stock.allocations", "outcome", "failed") - failed).isZero();

        ConsumerRecord<String, byte[]> event = wire.atLeast(Topics.INVENTORY_EVENTS, 1,
                order.orderId().toString()).getFirst();
        assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("omnidom.inventory.stock-allocated.v1");
        assertThat(TopicProbe.header(event, CloudEventHeaders.SUBJECT)).isEqualTo(order.orderId().toString());
        assertThat(TopicProbe.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/omnidom/inventory-service");
        assertThat(TopicProbe.header(event, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicProbe.header(event, CloudEventHeaders.ID)).isNotBlank();
        assertThat(TopicProbe.header(event, CloudEventHeaders.TIME)).isNotBlank();
        JsonNode body = Http.JSON.readTree(event.value());
        assertThat(body.get("fulfillmentId").asString()).isEqualTo(fulfillment.toString());
        assertThat(body.get("locationId").asString()).isEqualTo("WH-A");
        assertThat(body.get("lines")).isEqualTo(Http.JSON.readTree(
                "[{\"lineId\":\"1\",\"sku\":\"OK-A\",\"quantity\":3,\"issued\":[]},"
                        + "{\"lineId\":\"2\",\"sku\":\"OK-B\",\"quantity\":2,\"issued\":[]}]"));

        assertThat(level("WH-A", "OK-A")).isEqualTo(new Level(10, 3, 1));
        assertThat(level("WH-A", "OK-B")).isEqualTo(new Level(5, 2, 1));
        assertThat(allocationState(fulfillment)).isEqualTo("ALLOCATED");

        // coalesced: the latest event of the key carries the state after the allocation
        JsonNode latest = AvailabilityTopic.latest(wire.bootstrap(), "OK-A@WH-A", e -> e.get("version").asLong() == 1);
        assertThat(latest.get("onHand").asInt()).isEqualTo(10);
        assertThat(latest.get("allocated").asInt()).isEqualTo(3);
        assertThat(latest.get("available").asInt()).isEqualTo(7);
        assertThat(latest.get("reserved").asInt()).isZero();
        assertThat(latest.get("unlimited").asBoolean()).isFalse();
    }

    @Test
    void oneShortLineAllocatesNothingAndTheFailureNamesEveryShortage() {
        stock("WH-A", "SHORT-A", 10);
        stock("WH-A", "SHORT-B", 1);
        Fulfillments order = anOrderAt("WH-A");
        UUID fulfillment = UUID.randomUUID();
        double allocated = count("omnidom.stock.allocations", "outcome", "allocated");
        double failed = count("omnidom.stock.allocations", "outcome", "failed");
        double shortOfStock = count("omnidom.stock.allocation.failures", "reason", "INSUFFICIENT_STOCK");

        publish(order.assigned(fulfillment, line("1", "SHORT-A", 3), line("2", "SHORT-B", 2), line("3", "SHORT-NONE", 1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("omnidom.stock.allocations", "outcome", "failed") - failed).isEqualTo(1));
        assertThat(count("omnidom.stock.allocation.failures", "reason", "INSUFFICIENT_STOCK") - shortOfStock).isEqualTo(1);
        assertThat(count("omnidom.stock.allocations", "outcome", "allocated") - allocated).isZero();

        ConsumerRecord<String, byte[]> event = wire.atLeast(Topics.INVENTORY_EVENTS, 1,
                order.orderId().toString()).getFirst();
        assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo("omnidom.inventory.stock-allocation-failed.v1");
        JsonNode body = Http.JSON.readTree(event.value());
        assertThat(body.get("reason").asString()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(body.get("shortages")).isEqualTo(Http.JSON.readTree(
                "[{\"lineId\":\"2\",\"sku\":\"SHORT-B\",\"requested\":2,\"available\":1},"
                        + "{\"lineId\":\"3\",\"sku\":\"SHORT-NONE\",\"requested\":1,\"available\":0}]"));

        assertThat(level("WH-A", "SHORT-A")).isEqualTo(new Level(10, 0, 0));
        assertThat(level("WH-A", "SHORT-B")).isEqualTo(new Level(1, 0, 0));
        assertThat(allocationState(fulfillment)).isEqualTo("FAILED");
        assertThat(outboxTypes(order.orderId().toString())).containsExactly("omnidom.inventory.stock-allocation-failed.v1");
        assertThat(jdbc.queryForList("SELECT payload->>'version' FROM outbox WHERE aggregateid = 'SHORT-A@WH-A'", String.class))
                .as("the rolled back allocation published nothing").containsOnly("0");
    }

    @Test
    void aRejectionReleasesTheAllocatedUnits() {
        stock("WH-A", "REL-A", 5);
        Fulfillments order = anOrderAt("WH-A");
        UUID fulfillment = UUID.randomUUID();

        publish(order.assigned(fulfillment, line("1", "REL-A", 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> level("WH-A", "REL-A").allocated() == 2);
        publish(order.rejected(fulfillment, line("1", "REL-A", 2)));

        await().atMost(Duration.ofSeconds(30)).until(() -> level("WH-A", "REL-A").allocated() == 0);
        assertThat(level("WH-A", "REL-A")).isEqualTo(new Level(5, 0, 2));
        assertThat(allocationState(fulfillment)).isEqualTo("RELEASED");
        assertThat(AvailabilityTopic.latest(wire.bootstrap(), "REL-A@WH-A", e -> e.get("version").asLong() == 2)
                .get("available").asInt()).isEqualTo(5);
        ConsumerRecord<String, byte[]> released = wire.atLeast(Topics.INVENTORY_EVENTS, 2,
                order.orderId().toString()).get(1);
        assertThat(TopicProbe.header(released, CloudEventHeaders.TYPE)).isEqualTo("omnidom.inventory.stock-released.v1");
        JsonNode body = Http.JSON.readTree(released.value());
        assertThat(body.get("reason").asString()).isEqualTo("NO_CAPACITY");
        assertThat(body.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void theRejectionOfAFailedAllocationChangesNothing() {
        stock("WH-A", "RF-A", 1);
        Fulfillments order = anOrderAt("WH-A");
        UUID failing = UUID.randomUUID();
        UUID marker = UUID.randomUUID();

        publish(order.assigned(failing, line("1", "RF-A", 2)));
        publish(order.rejected(failing, line("1", "RF-A", 2)));
        // same order, same partition: once the marker is allocated, the rejection before it was handled
        publish(order.assigned(marker, line("1", "RF-A", 1)));

        await().atMost(Duration.ofSeconds(30)).until(() -> "ALLOCATED".equals(allocationState(marker)));
        assertThat(level("WH-A", "RF-A")).isEqualTo(new Level(1, 1, 1));
        assertThat(allocationState(failing)).isEqualTo("FAILED");
    }

    @Test
    void shippedAndPickedUpGoodsLeaveOnHandAndAllocated() {
        stock("WH-A", "SHIP-A", 10);
        Fulfillments order = anOrderAt("WH-A");
        UUID shipped = UUID.randomUUID();
        UUID collected = UUID.randomUUID();

        publish(order.assigned(shipped, line("1", "SHIP-A", 3)));
        publish(order.assigned(collected, line("2", "SHIP-A", 2)));
        publish(order.shipped(shipped, line("1", "SHIP-A", 3)));
        publish(order.pickedUp(collected, line("2", "SHIP-A", 2)));

        await().atMost(Duration.ofSeconds(30)).until(() -> "SHIPPED".equals(allocationState(collected)));
        assertThat(level("WH-A", "SHIP-A")).isEqualTo(new Level(5, 0, 4));
        assertThat(allocationState(shipped)).isEqualTo("SHIPPED");
    }

    @Test
    void anEventDeliveredTwiceChangesStockOnce() {
        stock("WH-A", "DUP-A", 10);
        stock("WH-A", "DUP-M", 1);
        Fulfillments order = anOrderAt("WH-A");
        UUID fulfillment = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        var assigned = order.assigned(fulfillment, line("1", "DUP-A", 3));
        var shipped = order.shipped(fulfillment, line("1", "DUP-A", 3));

        publish(assigned);
        publish(assigned);
        publish(shipped);
        publish(shipped);
        publish(order.assigned(marker, line("2", "DUP-M", 1)));

        await().atMost(Duration.ofSeconds(30)).until(() -> "ALLOCATED".equals(allocationState(marker)));
        assertThat(level("WH-A", "DUP-A")).isEqualTo(new Level(7, 0, 2));
        assertThat(outboxTypes(order.orderId().toString()))
                .containsExactly("omnidom.inventory.stock-allocated.v1", "omnidom.inventory.stock-allocated.v1");
        assertThat(allocationState(fulfillment)).isEqualTo("SHIPPED");
    }

    @Test
    void aReturnRestocksItsResellableUnitsOnceCreatingMissingRows() {
        stock("STORE-R", "RET-A", 1);
        Fulfillments order = anOrderAt("STORE-R");
        var received = order.returned(new ReturnLine("1", "RET-A", 2, true), new ReturnLine("2", "RET-B", 3, true),
                new ReturnLine("3", "RET-C", 5, false), new ReturnLine("4", "RET-A", 1, true));

        publish(received);
        publish(received);
        publish(order.returned(new ReturnLine("5", "RET-M", 1, true)));

        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM stock WHERE sku = 'RET-M'") == 1);
        assertThat(level("STORE-R", "RET-A")).isEqualTo(new Level(4, 0, 1));
        assertThat(level("STORE-R", "RET-B")).isEqualTo(new Level(3, 0, 0));
        assertThat(count("SELECT count(*) FROM stock WHERE sku = 'RET-C'")).isZero();
        JsonNode created = AvailabilityTopic.latest(wire.bootstrap(), "RET-B@STORE-R", e -> true);
        assertThat(created.get("onHand").asInt()).isEqualTo(3);
        assertThat(created.get("version").asLong()).isZero();
    }

    @Test
    void twoHundredConcurrentAllocationsOfFiftyUnitsAllocateExactlyFifty() throws Exception {
        stock("WH-C", "CONC-A", 50);

        List<AllocationOutcome> outcomes = concurrently(200, i -> Assignments.assign(inbox, allocation,
                order("WH-C", new AllocationLine("1", "CONC-A", 1))));

        assertThat(outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting())))
                .isEqualTo(Map.of(AllocationOutcome.ALLOCATED, 50L, AllocationOutcome.FAILED, 150L));
        assertThat(level("WH-C", "CONC-A")).isEqualTo(new Level(50, 50, 50));
        assertThat(count("SELECT count(*) FROM allocation WHERE location_id = 'WH-C' AND state = 'ALLOCATED'")).isEqualTo(50);
        assertThat(count("SELECT count(*) FROM allocation WHERE location_id = 'WH-C' AND state = 'FAILED'")).isEqualTo(150);
        // coalesced: far fewer events than changes, each a consistent state, the last one the final state
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM availability_pending") == 0
                && count("SELECT count(*) FROM outbox WHERE aggregateid = 'CONC-A@WH-C' AND (payload->>'version')::int = 50") == 1);
        Map<String, Object> published = jdbc.queryForMap("""
                SELECT count(*) AS events, count(DISTINCT payload->>'version') AS versions,
                       bool_and((payload->>'available')::int = (payload->>'onHand')::int - (payload->>'allocated')::int) AS consistent,
                       max((payload->>'allocated')::int) AS max_allocated
                FROM outbox WHERE aggregateid = 'CONC-A@WH-C'""");
        assertThat((Long) published.get("events")).isBetween(1L, 51L);
        assertThat(published).containsEntry("consistent", true).containsEntry("max_allocated", 50)
                .containsEntry("versions", published.get("events"));
    }

    @Test
    void concurrentMultiLineOrdersInAnyLineOrderNeitherDeadlockNorOverAllocate() throws Exception {
        stock("WH-D", "PAIR-X", 30);
        stock("WH-D", "PAIR-Y", 30);

        List<AllocationOutcome> outcomes = concurrently(80, i -> Assignments.assign(inbox, allocation,
                i % 2 == 0
                        ? order("WH-D", new AllocationLine("1", "PAIR-X", 1), new AllocationLine("2", "PAIR-Y", 1))
                        : order("WH-D", new AllocationLine("1", "PAIR-Y", 1), new AllocationLine("2", "PAIR-X", 1))));

        assertThat(outcomes.stream().filter(o -> o == AllocationOutcome.ALLOCATED).count()).isEqualTo(30);
        assertThat(outcomes.stream().filter(o -> o == AllocationOutcome.FAILED).count()).isEqualTo(50);
        assertThat(level("WH-D", "PAIR-X")).isEqualTo(new Level(30, 30, 30));
        assertThat(level("WH-D", "PAIR-Y")).isEqualTo(new Level(30, 30, 30));
    }

    record Level(int onHand, int allocated, long version) {
    }

    private static FulfillmentOrder order(String location, AllocationLine... lines) {
        return new FulfillmentOrder(UUID.randomUUID(), new FulfillmentId(UUID.randomUUID()), new LocationId(location), List.of(lines));
    }

    private static <T> List<T> concurrently(int attempts, Function<Integer, T> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int n = i;
                futures.add(pool.submit(() -> attempt.apply(n)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private void stock(String location, String sku, int onHand) {
        setOnHand.set(location, sku, onHand);
    }

    private void publish(ContractEvent event) {
        wire.publish(event);
    }

    private Level level(String location, String sku) {
        return jdbc.queryForObject("SELECT on_hand, allocated, version FROM stock WHERE location_id = ? AND sku = ?",
                (rs, i) -> new Level(rs.getInt(1), rs.getInt(2), rs.getLong(3)), location, sku);
    }

    private String allocationState(UUID fulfillment) {
        return jdbc.query("SELECT state FROM allocation WHERE fulfillment_id = ?", (rs, i) -> rs.getString(1), fulfillment)
                .stream().findFirst().orElse(null);
    }

    private List<String> outboxTypes(String key) {
        return jdbc.queryForList("SELECT type FROM outbox WHERE aggregateid = ? ORDER BY seq", String.class, key);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private double count(String name, String tag, String value) {
        var counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
