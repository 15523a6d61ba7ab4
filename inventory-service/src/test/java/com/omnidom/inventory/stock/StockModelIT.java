package com.omnidom.inventory.stock;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.Topics;
import com.omnidom.inventory.AvailabilityTopic;
import com.omnidom.inventory.Fulfillments;
import com.omnidom.inventory.Locations;
import com.omnidom.inventory.allocation.application.AllocationOutcome;
import com.omnidom.inventory.allocation.application.StockAllocation;
import com.omnidom.inventory.allocation.domain.AllocationLine;
import com.omnidom.inventory.allocation.domain.FulfillmentId;
import com.omnidom.inventory.allocation.domain.FulfillmentOrder;
import com.omnidom.inventory.location.application.ReplicateLocations;
import com.omnidom.inventory.reservation.application.ReserveStock;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.Assignments;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import com.omnidom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.omnidom.inventory.Fulfillments.anOrderAt;
import static com.omnidom.inventory.Fulfillments.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reservations, safety stock, goods in transit and rejection reasons: the terms of available, decided by the database. */
@OmnidomServiceTest
class StockModelIT {

    private final Http http;
    private final Wire wire;

    StockModelIT(Http http, Wire wire) {
        this.http = http;
        this.wire = wire;
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StockAllocation allocation;

    @Autowired
    Inbox inbox;

    @Autowired
    ReserveStock reserveStock;

    @Autowired
    ReplicateLocations replicateLocations;

    // --- reservations ---------------------------------------------------------------------------------------------

    @Test
    void aReservationHoldsUnitsThatOnlyItsChannelCanAllocate() {
        stock("WH-R", "RES-A", 30);
        UUID reservation = UUID.randomUUID();

        Http.Response created = http.put("/api/v1/reservations/" + reservation, reservation("RES-A", "WH-R", "MARKETPLACE", 20, null));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("held").asInt()).isEqualTo(20);
        assertThat(stockJson("WH-R", "RES-A").get("available").asInt()).isEqualTo(10);
        assertThat(allocate("WH-R", "WEB_SHOP", "RES-A", 11)).as("another channel cannot touch the reservation").isEqualTo(AllocationOutcome.FAILED);
        assertThat(allocate("WH-R", "WEB_SHOP", "RES-A", 10)).isEqualTo(AllocationOutcome.ALLOCATED);
        assertThat(allocate("WH-R", null, "RES-A", 1)).as("nor an order without channel").isEqualTo(AllocationOutcome.FAILED);
        assertThat(allocate("WH-R", "MARKETPLACE", "RES-A", 20)).isEqualTo(AllocationOutcome.ALLOCATED);
        assertThat(row("WH-R", "RES-A")).containsEntry("on_hand", 30).containsEntry("allocated", 30).containsEntry("reserved", 0);
        assertThat(http.get("/api/v1/reservations/" + reservation).json().get("drawn").asInt()).isEqualTo(20);
    }

    @Test
    void aChannelDrawsOnItsReservationFirstThenOnWhatIsAvailable() {
        stock("WH-R", "RES-B", 10);
        http.put("/api/v1/reservations/" + UUID.randomUUID(), reservation("RES-B", "WH-R", "MARKETPLACE", 4, null));

        assertThat(allocate("WH-R", "MARKETPLACE", "RES-B", 6)).isEqualTo(AllocationOutcome.ALLOCATED);

        assertThat(row("WH-R", "RES-B")).containsEntry("allocated", 6).containsEntry("reserved", 0);
        assertThat(stockJson("WH-R", "RES-B").get("available").asInt()).isEqualTo(4);
    }

    @Test
    void aReservationBeyondWhatIsAvailableIsRefusedAndChangesNothing() {
        stock("WH-R", "RES-C", 5);
        UUID id = UUID.randomUUID();

        Http.Response refused = http.put("/api/v1/reservations/" + id, reservation("RES-C", "WH-R", "MARKETPLACE", 6, null));
        Http.Response granted = http.put("/api/v1/reservations/" + id, reservation("RES-C", "WH-R", "MARKETPLACE", 5, null));
        Http.Response sameAgain = http.put("/api/v1/reservations/" + id, reservation("RES-C", "WH-R", "MARKETPLACE", 5, null));
        Http.Response otherReservationSameChannel = http.put("/api/v1/reservations/" + UUID.randomUUID(),
                reservation("RES-C", "WH-R", "MARKETPLACE", 0, null));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(granted.status()).isEqualTo(201);
        assertThat(sameAgain.status()).isEqualTo(200);
        assertThat(otherReservationSameChannel.status()).isEqualTo(409);
        assertThat(row("WH-R", "RES-C")).containsEntry("reserved", 5);
        assertThat(http.put("/api/v1/reservations/" + UUID.randomUUID(), reservation("RES-C", "WH-R", "bad channel!", 1, null))
                .status()).isEqualTo(422);
    }

    @Test
    void changingAndReleasingAReservationMovesItsUnitsBackToAvailable() {
        stock("WH-R", "RES-D", 10);
        UUID id = UUID.randomUUID();
        http.put("/api/v1/reservations/" + id, reservation("RES-D", "WH-R", "PARTNER-7", 8, null));
        allocate("WH-R", "PARTNER-7", "RES-D", 3);

        Http.Response belowDrawn = http.put("/api/v1/reservations/" + id, reservation("RES-D", "WH-R", "PARTNER-7", 2, null));
        Http.Response lowered = http.put("/api/v1/reservations/" + id, reservation("RES-D", "WH-R", "PARTNER-7", 5, null));
        assertThat(belowDrawn.status()).isEqualTo(409);
        assertThat(lowered.json().get("held").asInt()).isEqualTo(2);
        assertThat(stockJson("WH-R", "RES-D").get("available").asInt()).isEqualTo(5);

        Http.Response released = delete("/api/v1/reservations/" + id);
        assertThat(released.json().get("state").asString()).isEqualTo("RELEASED");
        assertThat(stockJson("WH-R", "RES-D").get("available").asInt()).isEqualTo(7);
        assertThat(delete("/api/v1/reservations/" + id).status()).as("releasing again changes nothing").isEqualTo(200);
        assertThat(row("WH-R", "RES-D")).containsEntry("reserved", 0).containsEntry("allocated", 3);
    }

    @Test
    void anExpiredReservationNoLongerHoldsUnits() {
        stock("WH-R", "RES-E", 10);
        UUID id = UUID.randomUUID();
        http.put("/api/v1/reservations/" + id, reservation("RES-E", "WH-R", "MARKETPLACE", 6, Instant.now().plusMillis(600)));
        assertThat(stockJson("WH-R", "RES-E").get("available").asInt()).isEqualTo(4);

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            reserveStock.expire();
            return "EXPIRED".equals(http.get("/api/v1/reservations/" + id).json().get("state").asString());
        });
        assertThat(stockJson("WH-R", "RES-E").get("available").asInt()).isEqualTo(10);
    }

    @Test
    void theAvailabilityEventCarriesReservationsSafetyStockAndGoodsInTransit() {
        stock("WH-R", "EVT-A", 10);
        Instant eta = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        http.put("/api/v1/reservations/" + UUID.randomUUID(), reservation("EVT-A", "WH-R", "MARKETPLACE", 3, null));
        http.put("/api/v1/safety-stock-rules/ARTICLE_AT_LOCATION/EVT-A@WH-R", Map.of("quantity", 2));
        http.put("/api/v1/inbound/" + UUID.randomUUID(), inbound("EVT-A", "WH-R", 7, eta));

        JsonNode latest = AvailabilityTopic.latest(wire.bootstrap(), "EVT-A@WH-R", e -> e.get("inTransit").size() == 1
                && e.get("safetyStock").asInt() == 2 && e.get("reserved").asInt() == 3);
        assertThat(latest.get("available").asInt()).isEqualTo(5);
        assertThat(latest.get("reservations").get(0).get("channel").asString()).isEqualTo("MARKETPLACE");
        assertThat(latest.get("reservations").get(0).get("quantity").asInt()).isEqualTo(3);
        assertThat(latest.get("inTransit").get(0).get("quantity").asInt()).isEqualTo(7);
        assertThat(Instant.parse(latest.get("inTransit").get(0).get("expectedAt").asString())).isEqualTo(eta);
    }

    // --- safety stock ----------------------------------------------------------------------------------------------

    @Test
    void theMostSpecificSafetyStockRuleWins() {
        replicateLocations.noteLocationChanged(com.omnidom.inventory.location.messaging.LocationTranslation.of(
                Locations.aStore("ST-S", "10115", 52.53, 13.38, 1)));
        stock("ST-S", "SAFE-A", 20);
        stock("ST-S", "SAFE-B", 20);

        http.put("/api/v1/safety-stock-rules/LOCATION_TYPE/STORE", Map.of("quantity", 1));
        assertThat(safety("ST-S", "SAFE-A")).isEqualTo(1);
        http.put("/api/v1/safety-stock-rules/LOCATION/ST-S", Map.of("quantity", 2));
        assertThat(safety("ST-S", "SAFE-A")).isEqualTo(2);
        http.put("/api/v1/safety-stock-rules/ARTICLE/SAFE-A", Map.of("quantity", 3));
        assertThat(safety("ST-S", "SAFE-A")).isEqualTo(3);
        http.put("/api/v1/safety-stock-rules/ARTICLE_AT_LOCATION/SAFE-A@ST-S", Map.of("quantity", 4));
        assertThat(safety("ST-S", "SAFE-A")).isEqualTo(4);
        assertThat(safety("ST-S", "SAFE-B")).as("the other article keeps the location's rule").isEqualTo(2);

        assertThat(delete("/api/v1/safety-stock-rules/ARTICLE_AT_LOCATION/SAFE-A@ST-S").status()).isEqualTo(204);
        assertThat(safety("ST-S", "SAFE-A")).isEqualTo(3);
        stock("ST-S", "SAFE-NEW", 5);
        assertThat(safety("ST-S", "SAFE-NEW")).as("a new row starts with its effective rule").isEqualTo(2);
        assertThat(http.put("/api/v1/safety-stock-rules/LOCATION_TYPE/CASTLE", Map.of("quantity", 1)).status()).isEqualTo(422);
    }

    @Test
    void safetyStockIsNeverPromised() {
        stock("WH-S", "SAFE-C", 10);
        http.put("/api/v1/safety-stock-rules/ARTICLE/SAFE-C", Map.of("quantity", 3));

        assertThat(stockJson("WH-S", "SAFE-C").get("available").asInt()).isEqualTo(7);
        assertThat(allocate("WH-S", null, "SAFE-C", 8)).isEqualTo(AllocationOutcome.FAILED);
        assertThat(allocate("WH-S", null, "SAFE-C", 7)).isEqualTo(AllocationOutcome.ALLOCATED);
        assertThat(row("WH-S", "SAFE-C")).containsEntry("allocated", 7).containsEntry("on_hand", 10);
    }

    // --- goods in transit ------------------------------------------------------------------------------------------

    @Test
    void goodsInTransitCountForPromisesAfterTheirEtaAndGoOnHandWhenReceived() {
        stock("WH-T", "TRN-A", 2);
        UUID po = UUID.randomUUID();
        Instant eta = Instant.now().plus(2, ChronoUnit.DAYS);

        Http.Response announced = http.put("/api/v1/inbound/" + po, inbound("TRN-A", "WH-T", 10, eta));
        assertThat(announced.status()).isEqualTo(201);
        JsonNode before = http.get("/api/v1/availability/WH-T/TRN-A?by=" + eta.minusSeconds(60)).json();
        JsonNode after = http.get("/api/v1/availability/WH-T/TRN-A?by=" + eta.plusSeconds(60)).json();
        assertThat(before.get("atpBy").asInt()).isEqualTo(2);
        assertThat(after.get("atpBy").asInt()).isEqualTo(12);
        assertThat(after.get("atpNow").asInt()).isEqualTo(2);

        Http.Response partly = http.put("/api/v1/inbound/" + po + "/receipts/GR-1", Map.of("quantity", 4));
        Http.Response repeated = http.put("/api/v1/inbound/" + po + "/receipts/GR-1", Map.of("quantity", 4));
        Http.Response tooMuch = http.put("/api/v1/inbound/" + po + "/receipts/GR-2", Map.of("quantity", 7));
        Http.Response rest = http.put("/api/v1/inbound/" + po + "/receipts/GR-3", Map.of("quantity", 6));

        assertThat(partly.json().get("outstanding").asInt()).isEqualTo(6);
        assertThat(repeated.json().get("received").asInt()).as("the same receipt again changes nothing").isEqualTo(4);
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(rest.json().get("state").asString()).isEqualTo("RECEIVED");
        assertThat(row("WH-T", "TRN-A")).containsEntry("on_hand", 12);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.get("/api/v1/availability/WH-T/TRN-A?by=" + eta.plusSeconds(60)).json().get("atpBy").asInt() == 12
                        && http.get("/api/v1/availability/WH-T/TRN-A").json().get("atpNow").asInt() == 12);
    }

    @Test
    void anOrderPromisedLaterMayTakeGoodsInTransitWhichAreAllocatedOnHandWhenReceived() {
        stock("WH-T", "TRN-P", 1);
        UUID po = UUID.randomUUID();
        Instant eta = Instant.now().plus(2, ChronoUnit.DAYS);
        http.put("/api/v1/inbound/" + po, inbound("TRN-P", "WH-T", 5, eta));
        UUID promised = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();

        assertThat(allocateBy("TRN-P", 3, null, UUID.randomUUID())).as("not on hand now").isEqualTo(AllocationOutcome.FAILED);
        assertThat(allocateBy("TRN-P", 3, eta.minus(1, ChronoUnit.HOURS), UUID.randomUUID())).as("arrives too late")
                .isEqualTo(AllocationOutcome.FAILED);
        assertThat(allocateBy("TRN-P", 3, eta.plus(1, ChronoUnit.DAYS), promised)).isEqualTo(AllocationOutcome.ALLOCATED);
        assertThat(allocateBy("TRN-P", 2, eta.plus(1, ChronoUnit.DAYS), cancelled)).isEqualTo(AllocationOutcome.ALLOCATED);
        assertThat(allocateBy("TRN-P", 1, eta.plus(1, ChronoUnit.DAYS), UUID.randomUUID())).as("the 1 on hand")
                .isEqualTo(AllocationOutcome.ALLOCATED);
        assertThat(allocateBy("TRN-P", 1, eta.plus(1, ChronoUnit.DAYS), UUID.randomUUID())).as("nothing left in transit either")
                .isEqualTo(AllocationOutcome.FAILED);
        assertThat(jdbc.queryForObject("SELECT allocated FROM inbound WHERE id = ?", Integer.class, po)).isEqualTo(5);

        allocation.noteFulfillmentCancelled(new FulfillmentId(cancelled), Map.of("1", 2), "CUSTOMER_REQUEST");
        assertThat(jdbc.queryForObject("SELECT allocated FROM inbound WHERE id = ?", Integer.class, po))
                .as("cancelled before arrival: back to the goods in transit").isEqualTo(3);
        assertThat(row("WH-T", "TRN-P")).containsEntry("on_hand", 1).containsEntry("allocated", 1);

        http.put("/api/v1/inbound/" + po + "/receipts/GR-P", Map.of("quantity", 5));
        assertThat(row("WH-T", "TRN-P")).as("the promised units arrived allocated").containsEntry("on_hand", 6).containsEntry("allocated", 4);
        assertThat(jdbc.queryForObject("SELECT allocated FROM inbound WHERE id = ?", Integer.class, po)).isZero();

        allocation.noteGoodsLeft(new FulfillmentId(promised));
        assertThat(row("WH-T", "TRN-P")).containsEntry("on_hand", 3).containsEntry("allocated", 1);
    }

    @Test
    void cancelledGoodsInTransitNoLongerCount() {
        stock("WH-T", "TRN-B", 1);
        UUID transfer = UUID.randomUUID();
        Instant eta = Instant.now().plus(1, ChronoUnit.DAYS);
        http.put("/api/v1/inbound/" + transfer, Map.of("sku", "TRN-B", "locationId", "WH-T", "sourceType", "TRANSFER",
                "source", "ST-9", "quantity", 5, "expectedAt", eta.toString()));

        assertThat(delete("/api/v1/inbound/" + transfer).json().get("state").asString()).isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.get("/api/v1/availability/WH-T/TRN-B?by=" + eta.plusSeconds(60)).json().get("atpBy").asInt() == 1);
    }

    // --- rejection reasons and cancellations -----------------------------------------------------------------------

    @Test
    void notFoundWritesOffTheFreeUnitsAndOnHand() {
        stock("ST-X", "REJ-A", 5);
        Fulfillments order = anOrderAt("ST-X");
        Fulfillments other = anOrderAt("ST-X");
        UUID rejected = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        publish(order.assigned(rejected, line("1", "REJ-A", 2)));
        publish(other.assigned(kept, line("1", "REJ-A", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> (int) row("ST-X", "REJ-A").get("allocated") == 3);

        publish(order.rejected(rejected, "NOT_FOUND", line("1", "REJ-A", 2)));

        await().atMost(Duration.ofSeconds(30)).until(() -> (int) row("ST-X", "REJ-A").get("allocated") == 1);
        assertThat(row("ST-X", "REJ-A")).as("only what the other order holds stays on hand")
                .containsEntry("on_hand", 1).containsEntry("blocked", 0);
        assertThat(stockJson("ST-X", "REJ-A").get("available").asInt()).isZero();
    }

    @Test
    void damagedBlocksTheRejectedUnitsWithoutMakingThemAvailable() {
        stock("ST-X", "REJ-B", 5);
        Fulfillments order = anOrderAt("ST-X");
        UUID fulfillment = UUID.randomUUID();
        publish(order.assigned(fulfillment, line("1", "REJ-B", 2)));
        publish(order.rejected(fulfillment, "DAMAGED", line("1", "REJ-B", 2)));

        await().atMost(Duration.ofSeconds(30)).until(() -> (int) row("ST-X", "REJ-B").get("blocked") == 2);
        assertThat(row("ST-X", "REJ-B")).containsEntry("on_hand", 5).containsEntry("allocated", 0);
        assertThat(stockJson("ST-X", "REJ-B").get("available").asInt()).isEqualTo(3);
        assertThat(http.put("/api/v1/stock/ST-X/REJ-B", Map.of("onHand", 3)).json().get("blocked").asInt())
                .as("a count clamps the blocked units to what is there").isEqualTo(2);
    }

    @Test
    void aReconfiguredReasonChangesWhatLaterRejectionsDo() {
        stock("ST-X", "REJ-C", 4);
        assertThat(http.put("/api/v1/rejection-reasons/WRONG_SIZE_LABEL", Map.of("effect", "BLOCK")).status()).isEqualTo(200);
        assertThat(http.put("/api/v1/rejection-reasons/X", Map.of("effect", "EXPLODE")).status()).isEqualTo(422);
        assertThat(http.get("/api/v1/rejection-reasons").json().valueStream().map(r -> r.get("reason").asString()).toList())
                .contains("DAMAGED", "NOT_FOUND", "WRONG_SIZE_LABEL");
        Fulfillments order = anOrderAt("ST-X");
        UUID fulfillment = UUID.randomUUID();
        publish(order.assigned(fulfillment, line("1", "REJ-C", 1)));
        publish(order.rejected(fulfillment, "WRONG_SIZE_LABEL", line("1", "REJ-C", 1)));

        await().atMost(Duration.ofSeconds(30)).until(() -> (int) row("ST-X", "REJ-C").get("blocked") == 1);
    }

    @Test
    void aCancellationReleasesTheCancelledQuantitiesBackToTheChannelsReservation() {
        stock("WH-X", "CAN-A", 10);
        UUID reservation = UUID.randomUUID();
        http.put("/api/v1/reservations/" + reservation, reservation("CAN-A", "WH-X", "MARKETPLACE", 4, null));
        Fulfillments order = anOrderAt("WH-X");
        UUID fulfillment = UUID.randomUUID();
        publish(order.assignedFor("MARKETPLACE", fulfillment, line("1", "CAN-A", 5)));
        await().atMost(Duration.ofSeconds(30)).until(() -> (int) row("WH-X", "CAN-A").get("allocated") == 5);
        assertThat(row("WH-X", "CAN-A")).containsEntry("reserved", 0);

        publish(order.cancelled(fulfillment, line("1", "CAN-A", 3)));

        await().atMost(Duration.ofSeconds(30)).until(() -> (int) row("WH-X", "CAN-A").get("allocated") == 2);
        assertThat(row("WH-X", "CAN-A")).as("the 3 cancelled units came out of the reservation, so they go back to it")
                .containsEntry("reserved", 3);
        ConsumerRecord<String, byte[]> released = wire.atLeast(Topics.INVENTORY_EVENTS, 2,
                order.orderId().toString()).get(1);
        assertThat(TopicProbe.header(released, CloudEventHeaders.TYPE)).isEqualTo("omnidom.inventory.stock-released.v1");
        assertThat(Http.JSON.readTree(released.value()).get("lines").get(0).get("quantity").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT state FROM allocation WHERE fulfillment_id = ?", String.class, fulfillment))
                .isEqualTo("ALLOCATED");

        publish(order.cancelled(fulfillment, line("1", "CAN-A", 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(
                jdbc.queryForObject("SELECT state FROM allocation WHERE fulfillment_id = ?", String.class, fulfillment)));
        assertThat(row("WH-X", "CAN-A")).containsEntry("allocated", 0).containsEntry("reserved", 4);
    }

    @Test
    void anExpiredPickupsUnitsAreAvailableAtTheStoreAgainOnceItsCancellationTakesThemOff() {
        stock("ST-PU", "PUX-A", 3);
        Fulfillments order = anOrderAt("ST-PU");
        UUID fulfillment = UUID.randomUUID();
        publish(order.assignedForPickup(fulfillment, line("1", "PUX-A", 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> (int) row("ST-PU", "PUX-A").get("allocated") == 2);
        assertThat(stockJson("ST-PU", "PUX-A").get("available").asInt()).isEqualTo(1);

        // waiting at the store, then given up by it: the goods stay allocated until routing takes them off the order
        publish(order.readyForPickup(fulfillment, line("1", "PUX-A", 2)));
        publish(order.pickupExpired(fulfillment, line("1", "PUX-A", 2)));
        publish(order.cancelled(fulfillment, "PICKUP_EXPIRED", line("1", "PUX-A", 2)));

        await().atMost(Duration.ofSeconds(30)).until(() -> (int) row("ST-PU", "PUX-A").get("allocated") == 0);
        assertThat(row("ST-PU", "PUX-A")).containsEntry("on_hand", 3).containsEntry("blocked", 0);
        assertThat(stockJson("ST-PU", "PUX-A").get("available").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT state FROM allocation WHERE fulfillment_id = ?", String.class, fulfillment))
                .isEqualTo("CANCELLED");
        List<ConsumerRecord<String, byte[]>> events = wire.atLeast(Topics.INVENTORY_EVENTS, 2, order.orderId().toString());
        assertThat(events).extracting(e -> TopicProbe.header(e, CloudEventHeaders.TYPE))
                .containsExactly("omnidom.inventory.stock-allocated.v1", "omnidom.inventory.stock-released.v1");
        JsonNode released = Http.JSON.readTree(events.get(1).value());
        assertThat(released.get("reason").asString()).isEqualTo("PICKUP_EXPIRED");
        assertThat(released.at("/lines/0/quantity").asInt()).isEqualTo(2);
        assertThat(released.get("locationId").asString()).isEqualTo("ST-PU");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private AllocationOutcome allocate(String location, String channel, String sku, int quantity) {
        return Assignments.assign(inbox, allocation, new FulfillmentOrder(UUID.randomUUID(),
                new FulfillmentId(UUID.randomUUID()), new LocationId(location), List.of(new AllocationLine("1", sku, quantity)),
                channel, null));
    }

    private Http.Response delete(String path) {
        return http.exchange(org.springframework.http.HttpMethod.DELETE, path, null, org.springframework.http.MediaType.APPLICATION_JSON);
    }

    private AllocationOutcome allocateBy(String sku, int quantity, Instant promisedBy, UUID fulfillment) {
        return Assignments.assign(inbox, allocation, new FulfillmentOrder(UUID.randomUUID(),
                new FulfillmentId(fulfillment), new LocationId("WH-T"), List.of(new AllocationLine("1", sku, quantity)),
                null, promisedBy));
    }

    private void stock(String location, String sku, int onHand) {
        assertThat(http.put("/api/v1/stock/" + location + "/" + sku, Map.of("onHand", onHand)).status()).isIn(200, 201);
    }

    private JsonNode stockJson(String location, String sku) {
        return http.get("/api/v1/stock/" + location + "/" + sku).json();
    }

    private int safety(String location, String sku) {
        return stockJson(location, sku).get("safetyStock").asInt();
    }

    private Map<String, Object> row(String location, String sku) {
        return jdbc.queryForMap("SELECT on_hand, allocated, blocked, reserved, safety_stock FROM stock WHERE location_id = ? AND sku = ?",
                location, sku);
    }

    private static Map<String, Object> reservation(String sku, String location, String channel, int quantity, Instant until) {
        var body = new java.util.HashMap<String, Object>(Map.of("sku", sku, "locationId", location, "channel", channel, "quantity", quantity));
        if (until != null) body.put("until", until.toString());
        return body;
    }

    private static Map<String, Object> inbound(String sku, String location, int quantity, Instant eta) {
        return Map.of("sku", sku, "locationId", location, "sourceType", "PURCHASE_ORDER", "source", "PO-" + sku,
                "quantity", quantity, "expectedAt", eta.toString());
    }

    private void publish(ContractEvent event) {
        wire.publish(event);
    }
}
