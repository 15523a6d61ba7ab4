package com.omnidom.payment.payments.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Intents to call the PSP, one per shipment, cancellation or return that moves card money. */
public interface PspIntents extends JpaRepository<PspIntent, UUID> {

    boolean existsByKindAndSubjectId(PspIntent.Kind kind, UUID subjectId);

    /** Whether a capture of the order is still waiting for the PSP (a refund of its units must wait for it). */

    List<PspIntent> findByOrderIdAndKindAndState(UUID orderId, PspIntent.Kind kind, PspIntent.State state);

    /** The order's intents in {@code state}, oldest first (FAILED: the refusals customer service looks into). */
    List<PspIntent> findByOrderIdAndStateOrderByCreatedAtAsc(UUID orderId, PspIntent.State state);

    boolean existsByOrderIdAndKindAndState(UUID orderId, PspIntent.Kind kind, PspIntent.State state);

    /** The intent with its row locked until the transaction ends: its outcome is recorded once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from PspIntent i where i.intentId = :intentId")
    Optional<PspIntent> lock(@Param("intentId") UUID intentId);

    /** One more try that found the PSP unavailable; the intent stays pending. */
    @Transactional
    @Modifying
    @Query("update PspIntent i set i.attempts = i.attempts + 1, i.lastError = :error "
            + "where i.intentId = :intentId and i.state = com.omnidom.payment.payments.domain.PspIntent.State.PENDING")
    int noteUnavailable(@Param("intentId") UUID intentId, @Param("error") String error);
}
