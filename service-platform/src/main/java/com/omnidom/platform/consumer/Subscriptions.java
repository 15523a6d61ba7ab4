package com.omnidom.platform.consumer;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.EventType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What the features of a service subscribed to, collected once at start-up. */
public final class Subscriptions {

    /** How a handler is applied: once per event id through the inbox, as is, or on every instance. */
    public enum Delivery {
        /** in one transaction with the inbox row of the event: a redelivery is skipped (the default for facts) */
        ONCE,
        /** without the inbox, for handlers idempotent by themselves (versioned snapshots of compacted topics) */
        IDEMPOTENT,
        /** on every instance, from the latest offset, without the inbox (local caches) */
        BROADCAST
    }

    record Subscription(EventType type, Delivery delivery, Consumer<ContractEvent> handler, String owner) {
    }

    private final List<Subscription> subscriptions = new ArrayList<>();
    private String owner = "?";

    Subscriptions owner(String owner) {
        this.owner = owner;
        return this;
    }

    /** Applies {@code handler} to each event of {@code type} exactly once (inbox row and effects commit together). */
    public <T extends ContractEvent> Subscriptions event(Class<T> type, Consumer<? super T> handler) {
        return add(type, Delivery.ONCE, handler);
    }

    /** Applies {@code handler} to each event of {@code type} without the inbox: the handler must be idempotent. */
    public <T extends ContractEvent> Subscriptions idempotent(Class<T> type, Consumer<? super T> handler) {
        return add(type, Delivery.IDEMPOTENT, handler);
    }

    /** Applies {@code handler} on every instance to events of {@code type} published from now on (caches). */
    public <T extends ContractEvent> Subscriptions broadcast(Class<T> type, Consumer<? super T> handler) {
        return add(type, Delivery.BROADCAST, handler);
    }

    private <T extends ContractEvent> Subscriptions add(Class<T> type, Delivery delivery, Consumer<? super T> handler) {
        EventType eventType = EventType.of(type);
        subscriptions.add(new Subscription(eventType, delivery, event -> handler.accept(type.cast(event)), owner));
        return this;
    }

    List<Subscription> all() {
        return List.copyOf(subscriptions);
    }
}
