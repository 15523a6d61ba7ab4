package com.omnidom.inventory.stock.messaging;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.inventory.stock.application.RestockReturns;
import com.omnidom.inventory.stock.application.ReturnedUnits;
import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.inventory.stock.domain.LocationId;
import com.omnidom.inventory.stock.domain.Sku;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.events.PermanentEventFailure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Returns received at a location: their resellable units go back on hand there; other return events are skipped. */
@Component
class ReturnEventsListener {

    private final EventCodec codec;
    private final RestockReturns restock;

    ReturnEventsListener(EventCodec codec, RestockReturns restock) {
        this.codec = codec;
        this.restock = restock;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).RETURN_EVENTS.name()}", groupId = "inventory-service")
    void on(ConsumerRecord<String, byte[]> record) {
        ContractEvent event = codec.read(record);
        if (event instanceof ReturnReceived received) {
            if (received.eventId() == null) throw new PermanentEventFailure("ReturnReceived without eventId");
            LocationId location;
            List<ReturnedUnits> units;
            try {
                location = new LocationId(received.locationId());
                units = received.lines().stream()
                        .filter(l -> l.resellable() && l.quantity() > 0)
                        .map(l -> new ReturnedUnits(new Sku(l.sku()), l.quantity()))
                        .toList();
            } catch (InvalidStock e) {
                throw new PermanentEventFailure("ReturnReceived " + received.eventId() + ": " + e.getMessage(), e);
            }
            restock.noteReturnReceived(received.eventId(), location, units);
        }
    }
}
