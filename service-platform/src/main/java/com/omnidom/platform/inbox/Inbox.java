package com.omnidom.platform.inbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

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
     * Runs {@code effects} in a transaction together with the record that this consumer processed the event.
     *
     * @return false when the event had been processed before and nothing was done
     */
    public boolean process(String consumer, UUID eventId, Runnable effects) {
        Boolean applied = transactions.execute(status -> {
            // a concurrent duplicate waits here on the primary key until the first one commits or rolls back
            int inserted = jdbc.update("""
                    INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)
                    ON CONFLICT DO NOTHING""", consumer, eventId);
            if (inserted == 0) return false;
            effects.run();
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }
}
