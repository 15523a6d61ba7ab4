package com.omnidom.platform.retention;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessedEventGuardTest {

    @Test
    void inboxRowsMustOutliveTheLongestConsumedEventTopicPlusTheMargin() {
        // order.events.v1 keeps 14 days; with a 7-day margin 21 days are needed
        assertThatThrownBy(() -> ProcessedEventGuard.check(keeping(Duration.ofDays(20)), List.of("order.events.v1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 21d").hasMessageContaining("order.events.v1");
        assertThatCode(() -> ProcessedEventGuard.check(keeping(Duration.ofDays(21)), List.of("order.events.v1")))
                .doesNotThrowAnyException();
    }

    @Test
    void compactedTopicsSetNoBound() {
        assertThatCode(() -> ProcessedEventGuard.check(keeping(Duration.ofDays(1)), List.of("catalog.articles.v1")))
                .doesNotThrowAnyException();
    }

    private static RetentionProperties keeping(Duration keep) {
        return new RetentionProperties(true, Duration.ofMinutes(10), 5000, keep, Duration.ofDays(7),
                Map.of("processed-event", new RetentionProperties.Rule("processed_event", "processed_at", keep, null)));
    }
}
