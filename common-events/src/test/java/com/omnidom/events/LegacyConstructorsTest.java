package com.omnidom.events;

import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.events.inventory.StockLine;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.routing.FulfillmentAssigned;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentMode;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentReadyForPickup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records that gained trailing fields keep their old parameter list as a constructor, defaulting the new fields
 * to "nothing special"; and JSON written before the fields existed still reads (as the platform's EventCodec reads it).
 */
class LegacyConstructorsTest {

    private static final JsonMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final Instant AT = Instant.parse("2025-03-03T10:00:00Z");

    @Test
    void anOrderBuiltTheOldWayReplacesNoOrder() {
        var order = OrderSamples.anOrder().build();
        var old = new OrderAccepted(order.eventId(), order.occurredAt(), order.orderId(), order.orderNumber(), order.channel(),
                order.customer(), order.lines(), order.currency(), order.total(), order.delivery(), order.tenders(), order.priority());

        assertThat(old.replacesOrderId()).isNull();
        assertThat(old).isEqualTo(order);
    }

    @Test
    void anAssignmentBuiltTheOldWayIsAutomaticFromStockOnHandWithoutChannel() {
        var assigned = new FulfillmentAssigned(ID, AT, ID, ID, "WH-1", List.of(new FulfillmentLine("1", "A", 1)),
                FulfillmentMode.SHIP, true);

        assertThat(assigned.channel()).isNull();
        assertThat(assigned.promisedBy()).isNull();
        assertThat(assigned.manual()).isFalse();
    }

    @Test
    void aReadyForPickupBuiltTheOldWayHasNoPickupCode() {
        var ready = new FulfillmentReadyForPickup(ID, AT, ID, ID, "STORE-1", List.of(new FulfillmentLine("1", "A", 1)));

        assertThat(ready.pickupCode()).isNull();
    }

    @Test
    void aPickupBuiltTheOldWayTellsNoVerification() {
        var pickedUp = new FulfillmentPickedUp(ID, AT, ID, ID, "STORE-1", List.of(new FulfillmentLine("1", "A", 1)));

        assertThat(pickedUp.verification()).isNull();
    }

    @Test
    void availabilityBuiltTheOldWayHasNothingReservedNothingInTransitAndIsLimited() {
        var availability = new AvailabilityChanged(ID, AT, "A", "WH-1", 10, 3, 7, 5);

        assertThat(availability.reserved()).isZero();
        assertThat(availability.safetyStock()).isZero();
        assertThat(availability.reservations()).isEmpty();
        assertThat(availability.inTransit()).isEmpty();
        assertThat(availability.unlimited()).isFalse();
    }

    @Test
    void aDeliveryBuiltTheOldWayPromisesNothingAndIsNotExpress() {
        var delivery = new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.PICKUP, null, null, "STORE-1");

        assertThat(delivery.promiseDate()).isNull();
        assertThat(delivery.express()).isFalse();
    }

    @Test
    void aStockLineBuiltTheOldWayIssuedNothing() {
        assertThat(new StockLine("1", "A", 2).issued()).isEmpty();
    }

    @Test
    void jsonWithoutTheAddedFieldsReadsWithTheSameDefaults() {
        var availability = READER.readValue("""
                {"eventId":"00000000-0000-4000-8000-000000000001","occurredAt":"2025-03-03T10:00:00Z","sku":"A",
                 "locationId":"WH-1","onHand":10,"allocated":3,"available":7,"version":5}""", AvailabilityChanged.class);
        assertThat(availability).isEqualTo(new AvailabilityChanged(ID, AT, "A", "WH-1", 10, 3, 7, 5));

        var assigned = READER.readValue("""
                {"eventId":"00000000-0000-4000-8000-000000000001","occurredAt":"2025-03-03T10:00:00Z",
                 "orderId":"00000000-0000-4000-8000-000000000001","fulfillmentId":"00000000-0000-4000-8000-000000000001",
                 "locationId":"WH-1","lines":[{"lineId":"1","sku":"A","quantity":1}],"mode":"SHIP","priority":true}""",
                FulfillmentAssigned.class);
        assertThat(assigned).isEqualTo(new FulfillmentAssigned(ID, AT, ID, ID, "WH-1", List.of(new FulfillmentLine("1", "A", 1)),
                FulfillmentMode.SHIP, true));
        assertThat(assigned.lines().getFirst()).isEqualTo(new FulfillmentLine("1", "A", 1));

        var ready = READER.readValue("""
                {"eventId":"00000000-0000-4000-8000-000000000001","occurredAt":"2025-03-03T10:00:00Z",
                 "orderId":"00000000-0000-4000-8000-000000000001","fulfillmentId":"00000000-0000-4000-8000-000000000001",
                 "locationId":"STORE-1","lines":[{"lineId":"1","sku":"A","quantity":1}]}""", FulfillmentReadyForPickup.class);
        assertThat(ready).isEqualTo(new FulfillmentReadyForPickup(ID, AT, ID, ID, "STORE-1", List.of(new FulfillmentLine("1", "A", 1))));

        var delivery = READER.readValue("""
                {"mode":"PICKUP","address":null,"geo":null,"pickupLocationId":"STORE-1"}""", OrderAccepted.Delivery.class);
        assertThat(delivery).isEqualTo(new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.PICKUP, null, null, "STORE-1"));
    }
}
