package com.omnidom.order.order.persistence;

import com.omnidom.events.EventType;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a timeline entry is: an event of the registry (the order's own or another service's), or one of the few facts
 * the order keeps without publishing them. Stored and shown by {@link #label()}, the event's name
 * ({@code FulfillmentShipped}).
 */
public record TimelineType(EventType event, OrderSide orderSide) {

    /** Facts of the order that no event carries. */
    public enum OrderSide {
        /** A replacement order was created for this one (the replacement itself is an OrderAccepted). */
        REPLACEMENT_ORDERED("ReplacementOrdered");

        private final String label;

        OrderSide(String label) {
            this.label = label;
        }
    }

    public TimelineType {
        if ((event == null) == (orderSide == null)) throw new IllegalArgumentException("an event or an order-side fact");
    }

    public static TimelineType of(EventType event) {
        return new TimelineType(event, null);
    }

    public static TimelineType of(OrderSide fact) {
        return new TimelineType(null, fact);
    }

    public String label() {
        return event != null ? event.recordType().getSimpleName() : orderSide.label;
    }

    /** @throws IllegalArgumentException for a label that names neither */
    public static TimelineType labelled(String label) {
        return Arrays.stream(EventType.values()).filter(e -> e.recordType().getSimpleName().equals(label)).findFirst()
                .map(TimelineType::of)
                .or(() -> Arrays.stream(OrderSide.values()).filter(f -> f.label.equals(label)).findFirst().map(TimelineType::of))
                .orElseThrow(() -> new IllegalArgumentException("no timeline type " + label));
    }

    @Override
    public String toString() {
        return Objects.requireNonNull(label());
    }
}
