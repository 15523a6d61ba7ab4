package com.omnidom.notification.location.messaging;

import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.notification.NotificationServiceApplication;
import com.omnidom.notification.location.application.KeepLocation;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** catalog.locations.v1 (compacted): the replica of store names and addresses. */
@Component
class LocationsListener {

    private final EventCodec codec;
    private final Inbox inbox;
    private final KeepLocation keep;

    LocationsListener(EventCodec codec, Inbox inbox, KeepLocation keep) {
        this.codec = codec;
        this.inbox = inbox;
        this.keep = keep;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).CATALOG_LOCATIONS.name()}",
            groupId = NotificationServiceApplication.NAME)
    void on(ConsumerRecord<String, byte[]> record) {
        if (codec.read(record) instanceof LocationChanged l && l.locationId() != null) {
            var address = l.address();
            inbox.process(NotificationServiceApplication.NAME, l.eventId(), () -> keep.apply(l.locationId(), l.version(),
                    l.name(), address == null ? null : address.street(), address == null ? null : address.postalCode(),
                    address == null ? null : address.city(), address == null ? null : address.country()));
        }
    }
}
