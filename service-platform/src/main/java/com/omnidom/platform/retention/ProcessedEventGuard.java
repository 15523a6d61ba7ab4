package com.omnidom.platform.retention;

import com.omnidom.events.TopicSpec;
import com.omnidom.events.Topics;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An inbox row must outlive every copy of its event a consumer may still be handed: a redelivery (an offset reset,
 * a rebalance before the commit, a replay) after the row was deleted would apply the event twice. So the rows of
 * {@code processed_event} are kept longer than the longest retention of the event topics the service consumes, plus a
 * margin. Compacted topics keep their latest value per key for ever; they carry versioned state that handlers apply
 * idempotently without an inbox row, so they set no bound here.
 */
final class ProcessedEventGuard {

    private ProcessedEventGuard() {
    }

    static void check(RetentionProperties properties, Collection<String> consumedTopics) {
        Optional<TopicSpec> longest = consumedTopics.stream().map(Topics::byName)
                .filter(topic -> !topic.compacted() && topic.retention() != null)
                .max((a, b) -> a.retention().compareTo(b.retention()));
        if (longest.isEmpty()) return;
        Duration needed = longest.get().retention().plus(properties.redeliveryMargin());
        List<String> tooShort = properties.rules().entrySet().stream()
                .filter(rule -> rule.getValue().table().equals("processed_event"))
                .filter(rule -> rule.getValue().keep().compareTo(needed) < 0)
                .map(rule -> rule.getKey() + " keeps " + rule.getValue().keep().toDays() + "d").toList();
        if (!tooShort.isEmpty()) {
            throw new IllegalStateException("processed_event must be kept at least " + needed.toDays() + "d ("
                    + longest.get().name() + " keeps events " + longest.get().retention().toDays() + "d, plus "
                    + properties.redeliveryMargin().toDays() + "d margin), or a redelivered event applies twice: "
                    + tooShort + " (omnidom.retention.processed-event)");
        }
    }
}
