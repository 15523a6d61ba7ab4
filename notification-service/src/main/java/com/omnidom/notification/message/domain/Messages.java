package com.omnidom.notification.message.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All messages, by id. */
public interface Messages extends JpaRepository<Message, UUID> {

    default Optional<Message> find(MessageId id) {
        return findById(id.value());
    }

    boolean existsByOrderIdAndKindAndReference(UUID orderId, MessageKind kind, String reference);

    List<Message> findByOrderIdOrderByCreatedAtAscIdAsc(UUID orderId);

    /**
     * The oldest message due for an attempt, locked for the caller's transaction; rows other senders hold are
     * skipped, so instances never send the same message at the same time.
     */
    @Query(value = """
            SELECT * FROM message
            WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, created_at
            LIMIT 1
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    Optional<Message> lockNextDue(Instant now);

    /**
     * The PENDING messages of {@code kind} about {@code reference} (a shipment, a return) still without a document,
     * locked: a sender sending one right now is waited for, and then the message is SENT and no longer matches.
     */
    @Query(value = """
            SELECT * FROM message
            WHERE order_id = :orderId AND kind = :kind AND reference = :reference
              AND status = 'PENDING' AND document_id IS NULL
            FOR UPDATE""", nativeQuery = true)
    List<Message> lockWithoutDocument(UUID orderId, String kind, String reference);

    /** When the next attempt of any PENDING message is due (empty: none pending). */
    @Query("SELECT min(m.nextAttemptAt) FROM Message m WHERE m.status = com.omnidom.notification.message.domain.MessageStatus.PENDING")
    Optional<Instant> nextAttemptAt();
}
