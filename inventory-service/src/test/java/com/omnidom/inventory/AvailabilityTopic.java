package com.omnidom.inventory;

import com.omnidom.events.Topics;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.TopicProbe;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The compacted availability topic as routing reads it: events are coalesced per key, so tests wait for the latest
 * state of a key rather than counting events.
 */
public final class AvailabilityTopic {

    private AvailabilityTopic() {
    }

    /** The body of the latest event of {@code key} once it satisfies {@code state} (within 30 s). */
    public static JsonNode latest(String bootstrap, String key, Predicate<JsonNode> state) {
        List<JsonNode> bodies = TopicProbe.read(bootstrap, Topics.INVENTORY_AVAILABILITY.name(), List.of(key), Duration.ofSeconds(30),
                seen -> !seen.isEmpty() && state.test(Http.JSON.readTree(seen.getLast().value())))
                .stream().map(r -> Http.JSON.readTree(r.value())).toList();
        if (bodies.isEmpty() || !state.test(bodies.getLast())) {
            throw new AssertionError("no availability of " + key + " in the expected state; last seen: "
                    + (bodies.isEmpty() ? "none" : bodies.getLast()));
        }
        return bodies.getLast();
    }
}
