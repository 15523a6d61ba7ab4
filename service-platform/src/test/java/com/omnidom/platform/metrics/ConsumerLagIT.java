package com.omnidom.platform.metrics;

import com.omnidom.platform.SampleArticles;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.Wire;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OmnidomServiceTest
class ConsumerLagIT {

    private static final String TOPIC = "catalog.articles.v1";
    private static final String BINDING = "catalogArticlesV1-in-0";

    @Autowired ConsumerLag lag;
    @Autowired MeterRegistry meters;
    @Autowired BindingsLifecycleController bindings;

    @Test
    void aStoppedConsumersLagGrowsByWhatIsPublishedAndFallsToZeroWhenItRunsAgain(Wire wire) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            lag.refresh();
            return lagOf(TOPIC) == 0;
        });
        bindings.changeState(BINDING, BindingsLifecycleController.State.STOPPED);
        try {
            for (int i = 0; i < 3; i++) wire.publish(SampleArticles.changed("SKU-LAG-" + i, 1));
            lag.refresh();
            assertThat(lagOf(TOPIC)).isEqualTo(3);
        } finally {
            bindings.changeState(BINDING, BindingsLifecycleController.State.STARTED);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            lag.refresh();
            return lagOf(TOPIC) == 0;
        });
    }

    private double lagOf(String topic) {
        return meters.get("omnidom.consumer.lag").tag("group", "platform-test").tag("topic", topic).gauge().value();
    }
}
