package com.omnidom.platform.inbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Applies an event's effects at most once per consumer: the {@code processed_event} row and the effects
 * commit together, so a redelivered event (Kafka is at least once) finds its row and is skipped.
 */
public class Inbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public Inbox(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Thrown by effects that must roll back whole and record another outcome instead (an allocation that finds a
     * line short gives back what it took, then records the failure): the replacement runs in a new transaction with
     * the inbox row, so it too happens once per event.
     */
    public static final class Instead extends RuntimeException {

        private final transient Supplier<?> effects;

        public Instead(Supplier<?> effects) {
            super("rolled back; another outcome is recorded instead", null, false, false);
            this.effects = effects;
        }
    }

    /**
     * Runs {@code effects} in a transaction together with the record that this consumer processed the event.
     *
     * @return false when the event had been processed before and nothing was done
     */
    public boolean process(String consumer, UUID eventId, Runnable effects) {
        return apply(consumer, eventId, () -> {
            effects.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * As {@link #process}, returning what the effects (or those of an {@link Instead}) returned.
     *
     * @return empty when the event had been processed before and nothing was done (or the effects returned null)
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> apply(String consumer, UUID eventId, Supplier<T> effects) {
        try {
            return once(consumer, eventId, effects);
        } catch (Instead instead) {
            return once(consumer, eventId, () -> (T) instead.effects.get());
        }
    }

    private <T> Optional<T> once(String consumer, UUID eventId, Supplier<T> effects) {
        return transactions.execute(status -> {
            // a concurrent duplicate waits here on the primary key until the first one commits or rolls back
            int inserted = jdbc.update("""
                    INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)
                    ON CONFLICT DO NOTHING""", consumer, eventId);
            if (inserted == 0) return Optional.<T>empty();
            return Optional.ofNullable(effects.get());
        });
    }
}
