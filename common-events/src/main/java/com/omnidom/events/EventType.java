package com.omnidom.events;

import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.events.catalog.LocationChanged;

import java.util.Arrays;

/**
 * The registry of event types: the CloudEvents {@code ce_type}, the record, the topic and the committed
 * JSON Schema of each. A breaking change adds a new {@code .v2} entry; fields are only ever added.
 */
public enum EventType {

    ARTICLE_CHANGED("omnidom.catalog.article-changed.v1", ArticleChanged.class, Topics.CATALOG_ARTICLES,
            "schemas/catalog/article-changed.v1.json"),
    LOCATION_CHANGED("omnidom.catalog.location-changed.v1", LocationChanged.class, Topics.CATALOG_LOCATIONS,
            "schemas/catalog/location-changed.v1.json");

    private final String type;
    private final Class<? extends ContractEvent> recordType;
    private final TopicSpec topic;
    private final String schemaResource;

    EventType(String type, Class<? extends ContractEvent> recordType, TopicSpec topic, String schemaResource) {
        this.type = type;
        this.recordType = recordType;
        this.topic = topic;
        this.schemaResource = schemaResource;
    }

    public String type() {
        return type;
    }

    public Class<? extends ContractEvent> recordType() {
        return recordType;
    }

    public TopicSpec topic() {
        return topic;
    }

    /** Class-path location of the JSON Schema (draft 2020-12) of this event's body. */
    public String schemaResource() {
        return schemaResource;
    }

    public static EventType of(Class<? extends ContractEvent> recordType) {
        return Arrays.stream(values()).filter(t -> t.recordType == recordType).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + recordType.getName()));
    }

    public static EventType of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + type));
    }
}
