package com.omnidom.routing.decision.messaging;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.inventory.StockAllocated;
import com.omnidom.events.inventory.StockAllocationFailed;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.routing.fulfillment.application.NoteStockAllocation;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Allocation outcomes for routing's fulfilment orders. One listener for the topic: two listeners in one group
 * would split its partitions between them and each would miss the other's events.
 */
@Component
class InventoryEventsListener {

    private final EventCodec codec;
    private final Inbox inbox;
    private final NoteStockAllocation noteStockAllocation;

    InventoryEventsListener(EventCodec codec, Inbox inbox, NoteStockAllocation noteStockAllocation) {
        this.codec = codec;
        this.inbox = inbox;
        this.noteStockAllocation = noteStockAllocation;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).INVENTORY_EVENTS.name()}", groupId = "routing-service")
    void on(ConsumerRecord<String, byte[]> record) {
        ContractEvent event = codec.read(record);
        switch (event) {
            case StockAllocated allocated -> inbox.process(OrderEventsListener.CONSUMER, allocated.eventId(),
                    () -> noteStockAllocation.allocated(fulfillment(allocated.fulfillmentId())));
            case StockAllocationFailed failed -> inbox.process(OrderEventsListener.CONSUMER, failed.eventId(),
                    () -> noteStockAllocation.allocationFailed(fulfillment(failed.fulfillmentId()), failed.reason()));
            default -> {
                // other inventory events are not routing's concern
            }
        }
    }

    private static FulfillmentId fulfillment(UUID id) {
        if (id == null) throw new PermanentEventFailure("allocation outcome without fulfillmentId");
        return new FulfillmentId(id);
    }
}
