package com.omnidom.routing.replica.messaging;

import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.events.inventory.AvailabilityChanged;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.routing.replica.application.ReplicaAvailability;
import com.omnidom.routing.replica.application.ReplicaLocation;
import com.omnidom.routing.replica.application.Replicas;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * Both topics are compacted snapshots with versions: the group reads them from the beginning on its first start,
 * and afterwards each change once. Tombstones are skipped by the platform: the catalog deactivates locations rather
 * than deleting them. The replica lives in the database, so one group serves every instance.
 */
@Component
class ReplicaListener implements EventHandlers {

    private final Replicas replicas;

    ReplicaListener(Replicas replicas) {
        this.replicas = replicas;
    }

    // both snapshots carry versions: a replayed or redelivered one changes nothing, so no inbox row is needed
    @Override
    public void subscribe(Subscriptions on) {
        on.idempotent(LocationChanged.class, this::onLocation);
        on.idempotent(AvailabilityChanged.class, this::onAvailability);
    }

    private void onLocation(LocationChanged location) {
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
                        .map(b -> new ReplicaLocation.Band(b.upToKm(), b.cost() == null ? 0 : minor(b.cost(), location))).toList(),
                location.partnerId() == null || location.partnerId().isBlank() ? null : location.partnerId()));
    }

    /** Money to minor units of the cost profile's currency (JPY has none, EUR two). */
    private static Long minor(BigDecimal amount, LocationChanged location) {
        return ReplicaLocation.minorUnits(amount, location.costProfile().currency());
    }

    private void onAvailability(AvailabilityChanged availability) {
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
