package com.omnidom.inventory.allocation.messaging;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.routing.FulfillmentAssigned;
import com.omnidom.events.routing.FulfillmentCancelled;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentRejected;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.inventory.allocation.application.StockAllocation;
import com.omnidom.inventory.allocation.domain.AllocationLine;
import com.omnidom.inventory.allocation.domain.FulfillmentId;
import com.omnidom.inventory.allocation.domain.FulfillmentOrder;
import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.stock.domain.StockLevel;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.events.PermanentEventFailure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Fulfilment events from routing and the locations. Assigned → allocate; rejected or cancelled → release; shipped or
 * picked up → the goods left. Acknowledged, ready-for-pickup and unroutable change no stock and are skipped.
 * All events of one order share a partition, so an order's assignment is always seen before its outcome.
 */
@Component
class FulfillmentEventsListener {

    private final EventCodec codec;
    private final StockAllocation allocation;

    FulfillmentEventsListener(EventCodec codec, StockAllocation allocation) {
        this.codec = codec;
        this.allocation = allocation;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).FULFILLMENT_EVENTS.name()}", groupId = "inventory-service")
    void on(ConsumerRecord<String, byte[]> record) {
        ContractEvent event = codec.read(record);
        switch (event) {
            case FulfillmentAssigned e -> allocation.noteFulfillmentAssigned(e.eventId(), translated(e, () -> order(e)));
            case FulfillmentRejected e -> allocation.noteFulfillmentRejected(e.eventId(), translated(e, () -> id(e.fulfillmentId())),
                    e.reason());
            case FulfillmentCancelled e -> allocation.noteFulfillmentCancelled(e.eventId(), translated(e, () -> id(e.fulfillmentId())),
                    translated(e, () -> quantities(e)), e.reason());
            case FulfillmentShipped e -> allocation.noteGoodsLeft(e.eventId(), translated(e, () -> id(e.fulfillmentId())));
            case FulfillmentPickedUp e -> allocation.noteGoodsLeft(e.eventId(), translated(e, () -> id(e.fulfillmentId())));
            default -> {
                // no stock effect
            }
        }
    }

    private static FulfillmentOrder order(FulfillmentAssigned e) {
        return new FulfillmentOrder(e.orderId(), id(e.fulfillmentId()), new LocationId(e.locationId()),
                e.lines().stream().map(l -> new AllocationLine(l.lineId(), l.sku(), l.quantity())).toList(),
                e.channel(), e.promisedBy());
    }

    /** Cancelled quantity per line id (a line named twice adds up). */
    private static Map<String, Integer> quantities(FulfillmentCancelled e) {
        Map<String, Integer> quantities = new HashMap<>();
        for (var line : e.lines()) {
            if (line.lineId() == null) throw new InvalidStock("lines.lineId", "is required");
            quantities.merge(line.lineId(), StockLevel.checkedQuantity(line.quantity(), "lines.quantity"), Integer::sum);
        }
        return quantities;
    }

    private static FulfillmentId id(UUID fulfillmentId) {
        return new FulfillmentId(fulfillmentId);
    }

    /** An event that breaks a stock rule will never apply: straight to the dead-letter topic, naming the field. */
    private static <T> T translated(ContractEvent event, Supplier<T> translation) {
        if (event.eventId() == null) throw new PermanentEventFailure(event.getClass().getSimpleName() + " without eventId");
        try {
            return translation.get();
        } catch (InvalidStock e) {
            throw new PermanentEventFailure(event.getClass().getSimpleName() + " " + event.eventId() + ": " + e.getMessage(), e);
        }
    }
}
