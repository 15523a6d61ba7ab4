package com.omnidom.events;

import java.util.List;

/** Every topic Omnidom publishes, in one place: services never spell a topic name themselves. */
public final class Topics {

    /** Full article snapshots (texts, prices, combinations), keyed by SKU. */
    public static final TopicSpec CATALOG_ARTICLES = TopicSpec.compacted("catalog.articles.v1", 3);

    /** Full delivery location snapshots (type, geo, hours, capacities, costs), keyed by location id. */
    public static final TopicSpec CATALOG_LOCATIONS = TopicSpec.compacted("catalog.locations.v1", 3);

    private Topics() {
    }

    public static List<TopicSpec> all() {
        return List.of(CATALOG_ARTICLES, CATALOG_LOCATIONS);
    }

    public static TopicSpec byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic " + name));
    }
}
