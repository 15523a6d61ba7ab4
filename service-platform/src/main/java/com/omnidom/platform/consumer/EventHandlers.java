package com.omnidom.platform.consumer;

/**
 * A feature's reactions to other services' events, as a bean. The topics a service reads are listed once, in
 * {@code omnidom.kafka.consumes}; a feature subscribes to event types, and the platform checks at start-up that
 * every subscribed type's topic is consumed and every consumed topic has a subscriber.
 */
@FunctionalInterface
public interface EventHandlers {

    void subscribe(Subscriptions on);
}
