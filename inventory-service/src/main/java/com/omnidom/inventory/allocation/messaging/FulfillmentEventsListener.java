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
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.platform.events.PermanentEventFailure;
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
class FulfillmentEventsListener implements EventHandlers {

    private final StockAllocation allocation;

    FulfillmentEventsListener(StockAllocation allocation) {
        this.allocation = allocation;
    }

    @Override
    public void subscribe(Subscriptions on) {
        // acknowledged, ready-for-pickup, unroutable and deferred change no stock
        on.event(FulfillmentAssigned.class, e -> allocation.noteFulfillmentAssigned(translated(e, () -> order(e))));
        on.event(FulfillmentRejected.class,
                e -> allocation.noteFulfillmentRejected(translated(e, () -> id(e.fulfillmentId())), e.reason()));
        on.event(FulfillmentCancelled.class, e -> allocation.noteFulfillmentCancelled(
                translated(e, () -> id(e.fulfillmentId())), translated(e, () -> quantities(e)), e.reason()));
        on.event(FulfillmentShipped.class, e -> allocation.noteGoodsLeft(translated(e, () -> id(e.fulfillmentId()))));
        on.event(FulfillmentPickedUp.class, e -> allocation.noteGoodsLeft(translated(e, () -> id(e.fulfillmentId()))));
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
