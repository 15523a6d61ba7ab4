package com.omnidom.events;

import java.time.Duration;
import java.util.List;

/** Every topic Omnidom publishes, in one place: services never spell a topic name themselves. */
public final class Topics {

    /** Full article snapshots (texts, prices, combinations), keyed by SKU. */
    public static final TopicSpec CATALOG_ARTICLES = TopicSpec.compacted("catalog.articles.v1", 3);

    /** Full delivery location snapshots (type, geo, hours, capacities, costs), keyed by location id. */
    public static final TopicSpec CATALOG_LOCATIONS = TopicSpec.compacted("catalog.locations.v1", 3);

    /** Order lifecycle events (held, rejected, accepted, cancelled, delivery changed, notes), keyed by order id. */
    public static final TopicSpec ORDER_EVENTS = TopicSpec.events("order.events.v1", 3, Duration.ofDays(14));

    /** Fulfilment order events (assigned, acknowledged, rejected, shipped, pickup, cancelled, deferred), keyed by order id. */
    public static final TopicSpec FULFILLMENT_EVENTS = TopicSpec.events("fulfillment.events.v1", 3, Duration.ofDays(14));

    /** Stock allocation outcomes and releases, keyed by order id. */
    public static final TopicSpec INVENTORY_EVENTS = TopicSpec.events("inventory.events.v1", 3, Duration.ofDays(14));

    /** Current stock per article and location, keyed by {@code sku@locationId}. */
    public static final TopicSpec INVENTORY_AVAILABILITY = TopicSpec.compacted("inventory.availability.v1", 3);

    /** Captures, invoices, refunds and released authorisations, keyed by order id. */
    public static final TopicSpec PAYMENT_EVENTS = TopicSpec.events("payment.events.v1", 3, Duration.ofDays(14));

    /** Returns received, keyed by order id. */
    public static final TopicSpec RETURN_EVENTS = TopicSpec.events("return.events.v1", 3, Duration.ofDays(14));

    /** Messages sent to customers, keyed by order id. */
    public static final TopicSpec NOTIFICATION_EVENTS = TopicSpec.events("notification.events.v1", 3, Duration.ofDays(14));

    private Topics() {
    }

    public static List<TopicSpec> all() {
        return List.of(CATALOG_ARTICLES, CATALOG_LOCATIONS, ORDER_EVENTS, FULFILLMENT_EVENTS, INVENTORY_EVENTS,
                INVENTORY_AVAILABILITY, PAYMENT_EVENTS, RETURN_EVENTS, NOTIFICATION_EVENTS);
    }

    public static TopicSpec byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic " + name));
    }
}
