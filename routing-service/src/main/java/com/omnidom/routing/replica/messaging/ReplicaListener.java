package com.omnidom.routing.replica.messaging;

import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.routing.replica.application.ReplicaAvailability;
import com.omnidom.routing.replica.application.ReplicaLocation;
import com.omnidom.routing.replica.application.Replicas;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * Both topics are compacted snapshots with versions: the group reads them from the beginning on its first start,
 * and afterwards each change once. The replica lives in the database, so one group serves every instance.
 */
@Component
class ReplicaListener {

    private final EventCodec codec;
    private final Replicas replicas;

    ReplicaListener(EventCodec codec, Replicas replicas) {
        this.codec = codec;
        this.replicas = replicas;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).CATALOG_LOCATIONS.name()}", groupId = "routing-service")
    void onLocation(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) return; // a tombstone: the catalog never deletes locations, it deactivates them
        if (!(codec.read(record) instanceof LocationChanged location)) return;
        if (location.locationId() == null) throw new PermanentEventFailure("LocationChanged without locationId");
        replicas.noteLocationChanged(new ReplicaLocation(location.locationId(), location.version(),
                location.type() == null ? "UNKNOWN" : location.type().name(),
                location.geo() == null ? null : location.geo().latitude(),
                location.geo() == null ? null : location.geo().longitude(),
                location.timeZone(),
                location.capabilities().stream().map(Enum::name).toList(),
                location.capacity() == null ? null : location.capacity().ordersPerDay(),
                location.capacity() == null ? null : location.capacity().unitsPerDay(),
                location.active(),
                location.costProfile() == null ? null : location.costProfile().currency(),
                location.costProfile() == null ? null : minor(location.costProfile().perOrder(), location),
                location.costProfile() == null ? null : minor(location.costProfile().perUnit(), location),
                location.costProfile() == null ? List.of() : location.costProfile().distanceBands().stream()
                        .map(b -> new ReplicaLocation.Band(b.upToKm(), b.cost() == null ? 0 : minor(b.cost(), location))).toList()));
    }

    /** Money to minor units of the cost profile's currency (JPY has none, EUR two). */
    private static Long minor(BigDecimal amount, LocationChanged location) {
        return ReplicaLocation.minorUnits(amount, location.costProfile().currency());
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).INVENTORY_AVAILABILITY.name()}", groupId = "routing-service")
    void onAvailability(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) return; // a tombstone: nothing to keep
        if (!(codec.read(record) instanceof AvailabilityChanged availability)) return;
        if (availability.sku() == null || availability.locationId() == null) {
            throw new PermanentEventFailure("AvailabilityChanged without sku or locationId");
        }
        replicas.noteAvailabilityChanged(new ReplicaAvailability(availability.sku(), availability.locationId(),
                availability.available(), availability.version(), availability.reserved(), availability.safetyStock(),
                availability.reservations().stream().map(r -> new ReplicaAvailability.Reservation(r.channel(), r.quantity(), r.until()))
                        .toList(),
                availability.inTransit().stream().map(t -> new ReplicaAvailability.InTransit(t.quantity(), t.expectedAt())).toList(),
                availability.unlimited()));
    }
}
