package com.omnidom.order.order.application;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import com.omnidom.order.catalog.application.ReplicateLocations;
import com.omnidom.order.catalog.domain.CatalogLocation;
import com.omnidom.order.order.application.PricingProperties.IntakeChannel;
import com.omnidom.order.order.domain.Address;
import com.omnidom.order.order.domain.Delivery;
import com.omnidom.order.order.domain.DeliveryMode;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * A pickup order's store, held against the replica of the catalog's locations: it must be known, active and take
 * pickups. The order's delivery address then is the store's (the handing-over place: payment-service taxes by its
 * country, the customer sees where to collect), named after the store, with the store's geo.
 */
@Service
public class PickupStores {

    static final String FIELD = "delivery.pickupLocationId";

    private final ReplicateLocations locations;
    private final PickupStoreProperties properties;

    public PickupStores(ReplicateLocations locations, PickupStoreProperties properties) {
        this.locations = locations;
        this.properties = properties;
    }

    /**
     * @param delivery as the channel sent it
     * @return a pickup delivery at the store's address; any other delivery (or the check switched off for the
     * channel, or no store named: the intake rules say so) unchanged
     * @throws RuleViolation on {@code delivery.pickupLocationId} for an unknown, inactive or non-pickup store
     */
    public Delivery resolve(Delivery delivery, IntakeChannel channel) {
        if (delivery == null || delivery.mode() != DeliveryMode.PICKUP || !properties.checks(channel)) return delivery;
        if (delivery.pickupLocationId() == null || delivery.pickupLocationId().isBlank()) return delivery;
        String id = delivery.pickupLocationId().strip();
        CatalogLocation store = locations.find(id).orElseThrow(() -> refused("unknown location " + id));
        if (!store.active()) throw refused("location " + id + " is not active");
        if (!store.takesPickups()) throw refused("location " + id + " does not take pickups");
        Address address = new Address(store.name(), store.street(), store.postalCode(), store.city(), store.country())
                .normalised();
        GeoPoint geo = store.latitude() == null || store.longitude() == null ? null
                : new GeoPoint(store.latitude(), store.longitude());
        return new Delivery(delivery.mode(), address, geo, id, delivery.express(), delivery.promiseDate());
    }

    private static RuleViolation refused(String detail) {
        return new RuleViolation(List.of(new Violation(FIELD, detail)));
    }
}
