package com.omnidom.platform.consumer;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerPollSettingsTest {

    @Test
    void aPollOfTheSlowestHandlersAndOneBackOffStaysUnderHalfTheInterval() {
        var poll = ConsumerBindings.PollSettings.sizedFor(Duration.ofSeconds(15), Duration.ofSeconds(10));

        assertThat(poll.maxPollRecords()).isEqualTo(9);
        assertThat(Duration.ofSeconds(15).multipliedBy(poll.maxPollRecords()).plusSeconds(10))
                .isLessThanOrEqualTo(poll.maxPollInterval().dividedBy(2));
        assertThat(poll.heartbeatInterval().multipliedBy(3)).isLessThan(poll.sessionTimeout());
    }

    @Test
    void derivedOnceForEveryBindingAndOverridableByTheService() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", Map.of(
                "omnidom.kafka.consumes[0]", "order.events.v1", "omnidom.kafka.slowest-handler", "1s",
                "spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms", "45000")));

        new ConsumerBindings().postProcessEnvironment(environment, null);

        String config = "spring.cloud.stream.kafka.binder.consumer-properties.";
        assertThat(environment.getProperty(config + "max.poll.records")).isEqualTo("140");
        assertThat(environment.getProperty(config + "max.poll.interval.ms")).isEqualTo("300000");
        assertThat(environment.getProperty(config + "heartbeat.interval.ms")).isEqualTo("3000");
        assertThat(environment.getProperty(config + "session.timeout.ms")).isEqualTo("45000");
    }
}
