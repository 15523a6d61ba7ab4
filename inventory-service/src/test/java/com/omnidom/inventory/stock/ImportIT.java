package com.omnidom.inventory.stock;

import com.omnidom.inventory.allocation.application.AllocationOutcome;
import com.omnidom.inventory.allocation.application.StockAllocation;
import com.omnidom.inventory.allocation.domain.AllocationLine;
import com.omnidom.inventory.allocation.domain.FulfillmentId;
import com.omnidom.inventory.allocation.domain.FulfillmentOrder;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.Assignments;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Snapshots per location reconciled by their as-of time, deltas, CSV, replays. */
@OmnidomServiceTest
class ImportIT {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StockAllocation allocation;

    @Autowired
    Inbox inbox;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aSnapshotReplacesTheLocationsOnHandAndLeavesOtherLocationsAlone() {
        put("SNAP-1", "S-A", 5);
        put("SNAP-1", "S-GONE", 7);
        put("SNAP-2", "S-A", 9);
        Instant asOf = Instant.now().plusSeconds(1);

        JsonNode report = snapshot("SNAP-1", asOf, rows("SNAP-1", "S-A", 11) + rows("SNAP-1", "S-NEW", 3)
                + rows("SNAP-2", "S-A", 1) + "{\"locationId\":\"SNAP-1\",\"sku\":\"S-BAD\",\"onHand\":-1}\n");

        assertThat(report.get("rows").asLong()).isEqualTo(4);
        assertThat(report.get("rejected").asLong()).isEqualTo(2);
        assertThat(report.get("errors").valueStream().map(e -> e.get("row").asLong() + ":" + e.get("field").asString()).toList())
                .containsExactly("3:locationId", "4:onHand");
        assertThat(onHand("SNAP-1", "S-A")).isEqualTo(11);
        assertThat(onHand("SNAP-1", "S-NEW")).isEqualTo(3);
        assertThat(onHand("SNAP-1", "S-GONE")).as("missing from the snapshot: none left").isZero();
        assertThat(onHand("SNAP-2", "S-A")).isEqualTo(9);
    }

    @Test
    void aSnapshotDoesNotWipeWhatMovedAfterItsAsOfTime() {
        put("SNAP-3", "M-A", 10);
        Instant asOf = Instant.now().plusMillis(300);
        waitUntil(asOf);
        // after the count at the source: 2 shipped (allocated, then left) and 1 still allocated
        UUID shipped = UUID.randomUUID();
        assertThat(allocate("SNAP-3", "M-A", 2, shipped)).isEqualTo(AllocationOutcome.ALLOCATED);
        allocation.noteGoodsLeft(new FulfillmentId(shipped));
        assertThat(allocate("SNAP-3", "M-A", 1, UUID.randomUUID())).isEqualTo(AllocationOutcome.ALLOCATED);

        // the source counted 10 at asOf: the 2 shipped since are not there any more, the allocated one still is
        snapshot("SNAP-3", asOf, rows("SNAP-3", "M-A", 10));

        assertThat(jdbc.queryForMap("SELECT on_hand, allocated FROM stock WHERE location_id = 'SNAP-3' AND sku = 'M-A'"))
                .containsEntry("on_hand", 8).containsEntry("allocated", 1);
    }

    @Test
    void aSnapshotOlderThanTheLastCountLeavesTheRowAlone() {
        Instant old = Instant.now().minus(1, ChronoUnit.HOURS);
        put("SNAP-4", "O-A", 6);

        JsonNode report = snapshot("SNAP-4", old, rows("SNAP-4", "O-A", 60));

        assertThat(onHand("SNAP-4", "O-A")).isEqualTo(6);
        assertThat(report.get("errors").get(0).get("message").asString()).contains("counted more recently");
    }

    @Test
    void rowsCreatedByAnImportTakeTheirEffectiveSafetyStock() {
        http.put("/api/v1/safety-stock-rules/LOCATION/SAFE-IMP", Map.of("quantity", 2));
        http.put("/api/v1/safety-stock-rules/ARTICLE_AT_LOCATION/SI-B@SAFE-IMP", Map.of("quantity", 5));

        snapshot("SAFE-IMP", Instant.now(), rows("SAFE-IMP", "SI-A", 10) + rows("SAFE-IMP", "SI-B", 10));
        delta(rows("SAFE-IMP", "SI-C", 4).replace("onHand", "delta"));

        assertThat(jdbc.queryForList("SELECT sku || '=' || safety_stock FROM stock WHERE location_id = 'SAFE-IMP' ORDER BY sku",
                String.class)).containsExactly("SI-A=2", "SI-B=5", "SI-C=2");
        assertThat(http.get("/api/v1/stock/SAFE-IMP/SI-B").json().get("available").asInt()).isEqualTo(5);
    }

    @Test
    void replayingTheSameFileIsANoOp() {
        String file = rows("RPL-1", "R-A", 4) + rows("RPL-1", "R-B", 2);
        JsonNode first = delta(file.replace("onHand", "delta"));
        JsonNode again = delta(file.replace("onHand", "delta"));

        assertThat(first.get("replayed").asBoolean()).isFalse();
        assertThat(again.get("replayed").asBoolean()).isTrue();
        assertThat(again.get("importId")).isEqualTo(first.get("importId"));
        assertThat(onHand("RPL-1", "R-A")).as("the deltas were added once").isEqualTo(4);
        assertThat(http.get("/api/v1/stock/imports/" + first.get("importId").asString()).json().get("state").asString())
                .isEqualTo("DONE");
    }

    @Test
    void csvDeltasAddAndSubtractAndReportRowsThatWouldGoBelowWhatIsHeld() {
        put("DLT-1", "D-A", 5);
        put("DLT-1", "D-HELD", 3);
        allocate("DLT-1", "D-HELD", 2, UUID.randomUUID());
        String csv = "sku,locationId,delta,kind\n"
                + "D-A,DLT-1,10,RECEIPT\n"
                + "D-A,DLT-1,-3,SALE\n"
                + "D-HELD,DLT-1,-2,SALE\n"
                + "D-NEW,DLT-1,4,RECEIPT\n"
                + "D-NONE,DLT-1,-1,SALE\n"
                + "D-X,DLT-1,abc,SALE\n";

        Http.Response response = http.exchange(HttpMethod.POST, "/api/v1/stock/imports?mode=DELTA", csv, CSV);

        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("rows").asLong()).isEqualTo(6);
        assertThat(onHand("DLT-1", "D-A")).isEqualTo(12);
        assertThat(onHand("DLT-1", "D-NEW")).isEqualTo(4);
        assertThat(onHand("DLT-1", "D-HELD")).isEqualTo(3);
        assertThat(report.get("errors").valueStream().map(e -> e.get("row").asLong()).toList()).containsExactlyInAnyOrder(4L, 6L, 7L);
        assertThat(http.exchange(HttpMethod.POST, "/api/v1/stock/imports?mode=DELTA", "sku,qty\nA,1\n", CSV).status())
                .isEqualTo(422);
        assertThat(http.exchange(HttpMethod.POST, "/api/v1/stock/imports?mode=SNAPSHOT", rows("X", "Y", 1), NDJSON).status())
                .as("a snapshot names its location").isEqualTo(422);
    }

    private JsonNode snapshot(String location, Instant asOf, String body) {
        Http.Response response = http.exchange(HttpMethod.POST, "/api/v1/stock/imports?mode=SNAPSHOT&locationId=" + location
                + "&asOf=" + asOf, body, NDJSON);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private JsonNode delta(String body) {
        Http.Response response = http.exchange(HttpMethod.POST, "/api/v1/stock/imports?mode=DELTA", body, NDJSON);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static String rows(String location, String sku, int onHand) {
        return "{\"locationId\":\"" + location + "\",\"sku\":\"" + sku + "\",\"onHand\":" + onHand + "}\n";
    }

    private void put(String location, String sku, int onHand) {
        assertThat(http.put("/api/v1/stock/" + location + "/" + sku, Map.of("onHand", onHand)).status()).isIn(200, 201);
    }

    private int onHand(String location, String sku) {
        return jdbc.queryForObject("SELECT on_hand FROM stock WHERE location_id = ? AND sku = ?", Integer.class, location, sku);
    }

    private AllocationOutcome allocate(String location, String sku, int quantity, UUID fulfillment) {
        return Assignments.assign(inbox, allocation, new FulfillmentOrder(UUID.randomUUID(),
                new FulfillmentId(fulfillment), new LocationId(location), List.of(new AllocationLine("1", sku, quantity))));
    }

    /** The database's clock must have passed {@code instant} (movements are stamped by it). */
    private void waitUntil(Instant instant) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() ->
                jdbc.queryForObject("SELECT clock_timestamp() > ?", Boolean.class, java.sql.Timestamp.from(instant)));
    }
}
