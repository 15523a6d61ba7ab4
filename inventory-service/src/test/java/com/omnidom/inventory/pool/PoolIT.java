package com.omnidom.inventory.pool;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.Topics;
import com.omnidom.inventory.Fulfillments;
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
import com.omnidom.testsupport.Wire;
import com.omnidom.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.omnidom.inventory.Fulfillments.anOrderAt;
import static com.omnidom.inventory.Fulfillments.line;
import static org.assertj.core.api.Assertions.assertThat;

/** Gift card codes, licence keys and service slots: each handed out to exactly one order line. */
@OmnidomServiceTest
class PoolIT {

    private final Http http;
    private final Wire wire;

    PoolIT(Http http, Wire wire) {
        this.http = http;
        this.wire = wire;
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StockAllocation allocation;

    @Autowired
    Inbox inbox;


    @Test
    void everyLicenceKeyIsHandedOutExactlyOnceUnderConcurrentAllocations() throws Exception {
        List<Map<String, Object>> keys = IntStream.range(0, 30).<Map<String, Object>>mapToObj(i -> Map.of("code", "KEY-" + i)).toList();
        JsonNode filled = http.post("/api/v1/pools/DIGITAL/LIC-A/units", Map.of("units", keys)).json();
        assertThat(filled.get("added").asInt()).isEqualTo(30);
        assertThat(http.post("/api/v1/pools/DIGITAL/LIC-A/units", Map.of("units", keys.subList(0, 5))).json().get("added").asInt())
                .as("codes already in the pool are skipped").isZero();

        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<AllocationOutcome>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                int quantity = 1 + i % 2;
                futures.add(pool.submit(() -> Assignments.assign(inbox, allocation, new FulfillmentOrder(
                        UUID.randomUUID(), new FulfillmentId(UUID.randomUUID()), new LocationId("DIGITAL"),
                        List.of(new AllocationLine("1", "LIC-A", quantity))))));
            }
            for (Future<AllocationOutcome> f : futures) f.get();
        } finally {
            pool.shutdownNow();
        }

        List<String> issued = jdbc.queryForList("SELECT code FROM issuable_unit WHERE sku = 'LIC-A' AND fulfillment_id IS NOT NULL", String.class);
        Long allocated = jdbc.queryForObject("SELECT allocated FROM stock WHERE sku = 'LIC-A'", Long.class);
        assertThat(issued).doesNotHaveDuplicates().hasSize(allocated.intValue());
        assertThat(allocated).isBetween(29L, 30L);
        // each key appears in exactly one StockAllocated line
        List<String> inEvents = jdbc.queryForList("""
                SELECT jsonb_array_elements_text(l->'issued') FROM outbox, jsonb_array_elements(payload->'lines') l
                 WHERE type = 'omnidom.inventory.stock-allocated.v1' AND l->>'sku' = 'LIC-A'""", String.class);
        assertThat(inEvents).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(issued);
    }

    @Test
    void aServiceSlotIsOnlyHandedOutBeforeItStartsAndNotAfterThePromise() {
        Instant tomorrow9 = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        http.post("/api/v1/pools/ST-1/FITTING/units", Map.of("units", List.of(
                Map.of("code", "SLOT-PAST", "validFrom", Instant.now().minus(1, ChronoUnit.HOURS).toString()),
                Map.of("code", "SLOT-TOMORROW", "validFrom", tomorrow9.toString()),
                Map.of("code", "SLOT-NEXT-WEEK", "validFrom", tomorrow9.plus(6, ChronoUnit.DAYS).toString()))));
        UUID fulfillment = UUID.randomUUID();

        AllocationOutcome tooSoon = Assignments.assign(inbox, allocation, order("ST-1", "FITTING", 1,
                UUID.randomUUID(), Instant.now().plus(1, ChronoUnit.HOURS)));
        AllocationOutcome booked = Assignments.assign(inbox, allocation, order("ST-1", "FITTING", 1,
                fulfillment, tomorrow9.plus(2, ChronoUnit.DAYS)));

        assertThat(tooSoon).isEqualTo(AllocationOutcome.FAILED);
        assertThat(booked).isEqualTo(AllocationOutcome.ALLOCATED);
        assertThat(jdbc.queryForObject("SELECT code FROM issuable_unit WHERE fulfillment_id = ?", String.class, fulfillment))
                .isEqualTo("SLOT-TOMORROW");
    }

    @Test
    void anUnlimitedGiftCardMintsFreshCodesAndReleasedCodesReturnToThePool() {
        assertThat(http.put("/api/v1/pools/WEB/EGIFT-50", Map.of("unlimited", true)).json().get("unlimited").asBoolean()).isTrue();
        http.post("/api/v1/pools/WEB/GIFT-CODE/units", Map.of("units", List.of(Map.of("code", "GC-1"), Map.of("code", "GC-2"))));
        Fulfillments order = anOrderAt("WEB");
        UUID fulfillment = UUID.randomUUID();

        publish(order.assigned(fulfillment, line("1", "EGIFT-50", 3), line("2", "GIFT-CODE", 1)));
        JsonNode allocated = Http.JSON.readTree(wire.atLeast(Topics.INVENTORY_EVENTS, 1,
                order.orderId().toString()).getFirst().value());
        JsonNode lines = allocated.get("lines");
        assertThat(lines.get(0).get("issued").size()).isEqualTo(3);
        assertThat(lines.get(0).get("issued").get(0).asString()).startsWith("GC-").hasSize(22);
        assertThat(lines.get(1).get("issued").get(0).asString()).isIn("GC-1", "GC-2");

        publish(order.cancelled(fulfillment, line("2", "GIFT-CODE", 1)));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM issuable_unit WHERE sku = 'GIFT-CODE' AND fulfillment_id IS NULL", Long.class) == 2);
        JsonNode availability = http.get("/api/v1/availability/WEB/EGIFT-50").json();
        assertThat(availability.get("unlimited").asBoolean()).isTrue();
    }

    private static FulfillmentOrder order(String location, String sku, int quantity, UUID fulfillment, Instant promisedBy) {
        return new FulfillmentOrder(UUID.randomUUID(), new FulfillmentId(fulfillment), new LocationId(location),
                List.of(new AllocationLine("1", sku, quantity)), null, promisedBy);
    }

    private void publish(ContractEvent event) {
        wire.publish(event);
    }
}
