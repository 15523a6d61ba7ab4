package com.omnidom.platform.metrics;

import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.platform.SampleArticles;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.testsupport.OmnidomServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@OmnidomServiceTest
@TestPropertySource(properties = "omnidom.outbox.relay-enabled=false")
class EventMetersIT {

    @TestConfiguration
    static class Metrics {
        @Bean
        EventMetric<ArticleChanged> articlesChanged() {
            return EventMetric.count("omnidom.test.articles.changed", "Articles changed", ArticleChanged.class,
                    e -> Tags.of("kind", e.kind().name()));
        }

        @Bean
        EventMetric<ArticleChanged> pricesChanged() {
            return EventMetric.sum("omnidom.test.prices", "Prices of changed articles", "EUR", ArticleChanged.class,
                    e -> e.prices().stream().map(p -> EventMetric.Observation.of(p.amount().doubleValue(),
                            "currency", p.currency())).toList());
        }
    }

    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired MeterRegistry meters;

    @Test
    void countsWhatCommittedOnlyAndNothingThatRolledBack() {
        double before = count("omnidom.test.articles.changed", "kind", "PHYSICAL");
        double eurosBefore = count("omnidom.test.prices", "currency", "EUR");
        transactions.executeWithoutResult(tx -> outbox.append(SampleArticles.changed("SKU-METER-1", 1)));
        transactions.executeWithoutResult(tx -> {
            outbox.append(SampleArticles.changed("SKU-METER-2", 1));
            tx.setRollbackOnly();
        });
        assertThat(count("omnidom.test.articles.changed", "kind", "PHYSICAL") - before).isEqualTo(1);
        assertThat(count("omnidom.test.prices", "currency", "EUR") - eurosBefore).isCloseTo(9.99, within(1e-9));
    }

    private double count(String name, String tag, String value) {
        var counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
