package com.omnidom.platform.health;

import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.KafkaListenerContainerCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the listener container the Kafka binder creates for each input binding, so health can ask the container
 * itself: a binding whose container stopped after a fatal error still reports itself as started.
 * <p>
 * The binder applies only a unique {@code ListenerContainerCustomizer} bean: a second one silences both, which the
 * {@code consumers} health indicator then reports as bindings without a container.
 */
public class ConsumerContainers implements KafkaListenerContainerCustomizer {

    private final Map<String, MessageListenerContainer> byBinding = new ConcurrentHashMap<>();

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        String binding = properties != null && properties.getBindingName() != null
                ? properties.getBindingName() : destinationName;
        byBinding.put(binding, container);
    }

    MessageListenerContainer of(String binding) {
        return byBinding.get(binding);
    }

    /** Running, with every consumer thread of a concurrent container running too. */
    static boolean running(MessageListenerContainer container) {
        if (!container.isRunning()) return false;
        if (container instanceof ConcurrentMessageListenerContainer<?, ?> concurrent) {
            return concurrent.getContainers().stream().allMatch(MessageListenerContainer::isRunning);
        }
        return true;
    }
}
