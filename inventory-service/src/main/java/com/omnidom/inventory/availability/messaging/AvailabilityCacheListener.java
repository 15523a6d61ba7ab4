package com.omnidom.inventory.availability.messaging;

import com.omnidom.inventory.availability.application.AvailabilityQueries;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every instance reads inventory.availability.v1 in a group of its own (from the latest offset) and evicts the
 * article of each key from its ATP cache, so a cached answer is never older than the event lag. Only the key is read.
 */
@Component
class AvailabilityCacheListener {

    private final AvailabilityQueries queries;

    AvailabilityCacheListener(AvailabilityQueries queries) {
        this.queries = queries;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).INVENTORY_AVAILABILITY.name()}",
            groupId = "inventory-atp-cache-${random.uuid}", properties = "auto.offset.reset=latest")
    void on(ConsumerRecord<String, byte[]> record) {
        String key = record.key();
        if (key == null) return;
        int at = key.indexOf('@');
        queries.evict(at < 0 ? key : key.substring(0, at));
    }
}
