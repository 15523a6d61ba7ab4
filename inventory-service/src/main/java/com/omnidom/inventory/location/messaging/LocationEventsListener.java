package com.omnidom.inventory.location.messaging;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.inventory.location.application.ReplicateLocations;
import com.omnidom.platform.events.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Location snapshots from the compacted catalog topic. Idempotent by version (the newest wins), which also holds
 * when the topic is read again from the beginning, so no inbox row is needed.
 */
@Component
class LocationEventsListener {

    private final EventCodec codec;
    private final ReplicateLocations replicate;

    LocationEventsListener(EventCodec codec, ReplicateLocations replicate) {
        this.codec = codec;
        this.replicate = replicate;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).CATALOG_LOCATIONS.name()}", groupId = "inventory-service")
    void on(ConsumerRecord<String, byte[]> record) {
        ContractEvent event = codec.read(record);
        if (event instanceof LocationChanged changed) replicate.noteLocationChanged(LocationTranslation.of(changed));
    }
}
