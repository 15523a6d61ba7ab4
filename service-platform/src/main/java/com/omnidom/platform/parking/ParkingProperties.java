package com.omnidom.platform.parking;

import com.omnidom.platform.kafka.KafkaTopicsProperties;

import java.time.Duration;

/**
 * How the parking lot replays and alerts (from {@code omnidom.kafka.*}).
 *
 * @param firstBackOff   wait before the first replay of a parked event; doubles per attempt
 * @param maxBackOff     longest wait between two replays of a key's first parked event
 * @param replayInterval how often the scheduled pass looks for keys that are due
 * @param alertAfter     parked longer than this, an event is flagged overdue in the ops view
 */
public record ParkingProperties(Duration firstBackOff, Duration maxBackOff, Duration replayInterval,
                                Duration alertAfter) {

    public static ParkingProperties of(KafkaTopicsProperties kafka) {
        return new ParkingProperties(kafka.retryBackoff(), kafka.parkedMaxBackoff(), kafka.parkedReplayInterval(),
                kafka.parkedAlertAfter());
    }

    /** The wait before replay attempt {@code attempts + 1}. */
    Duration backOff(int attempts) {
        long millis = firstBackOff.toMillis() << Math.min(attempts, 30);
        return millis <= 0 || millis > maxBackOff.toMillis() ? maxBackOff : Duration.ofMillis(millis);
    }
}
