package com.omnidom.platform.health;

import com.omnidom.platform.consumer.ConsumerBindings;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DOWN while any of the service's consumer bindings has no running listener container: stopped after a fatal error
 * (e.g. authorisation refused) or through the bindings actuator. Such an instance takes no share of the partitions'
 * work that another instance could do, so it leaves the readiness group; a restart would not help a broker outage,
 * so it is no liveness matter.
 */
public class ConsumersHealthIndicator implements HealthIndicator {

    private final List<ConsumerBindings.Binding> bindings;
    private final ConsumerContainers containers;

    public ConsumersHealthIndicator(List<ConsumerBindings.Binding> bindings, ConsumerContainers containers) {
        this.bindings = bindings;
        this.containers = containers;
    }

    @Override
    public Health health() {
        Map<String, Object> states = new LinkedHashMap<>();
        boolean up = true;
        for (ConsumerBindings.Binding binding : bindings) {
            MessageListenerContainer container = containers.of(binding.inputBinding());
            String state = container == null ? "no container"
                    : ConsumerContainers.running(container) ? "running" : "stopped";
            up &= state.equals("running");
            states.put(binding.inputBinding(), Map.of("topic", binding.topic().name(), "state", state));
        }
        return (up ? Health.up() : Health.down()).withDetails(states).build();
    }
}
