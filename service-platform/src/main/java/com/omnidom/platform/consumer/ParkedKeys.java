package com.omnidom.platform.consumer;

import java.util.Set;

/**
 * What the dispatcher asks of the parking lot before and after it applies a record: a key with parked events of the
 * same topic waits behind them; a key processed while it has parked events elsewhere wakes them.
 */
public interface ParkedKeys {

    /** The topics on which this consumer has parked events of {@code key} (empty for a null key). */
    Set<String> topicsWaiting(String key);

    /** Replays the parked events of {@code key} soon, off the consumer's thread. */
    void replaySoon(String key);

    /** No parking lot (tests of the dispatcher alone). */
    ParkedKeys NONE = new ParkedKeys() {
        @Override
        public Set<String> topicsWaiting(String key) {
            return Set.of();
        }

        @Override
        public void replaySoon(String key) {
        }
    };
}
