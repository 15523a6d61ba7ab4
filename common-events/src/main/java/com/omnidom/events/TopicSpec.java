package com.omnidom.events;

import java.time.Duration;

/**
 * A topic as declared in code. State topics are compacted (the latest value per key is kept forever,
 * so a replica can be rebuilt from them); event topics are deleted after their retention.
 */
public record TopicSpec(String name, int partitions, boolean compacted, Duration retention) {

    public TopicSpec {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("topic name required");
        if (partitions < 1) throw new IllegalArgumentException("partitions must be positive");
    }

    public static TopicSpec compacted(String name, int partitions) {
        return new TopicSpec(name, partitions, true, null);
    }

    public static TopicSpec events(String name, int partitions, Duration retention) {
        return new TopicSpec(name, partitions, false, retention);
    }

    /** The dead-letter topic: same partition count, so a record keeps its partition there. */
    public TopicSpec deadLetter() {
        return new TopicSpec(name + ".DLT", partitions, false, Duration.ofDays(30));
    }
}
