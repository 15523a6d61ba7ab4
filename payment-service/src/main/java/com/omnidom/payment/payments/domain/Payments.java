package com.omnidom.payment.payments.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;
import java.util.UUID;

/** All payments, one per order. */
public interface Payments extends JpaRepository<Payment, UUID> {

    default Optional<Payment> find(OrderId orderId) {
        return findById(orderId.value());
    }

    /**
     * The payment with its row locked until the transaction ends ({@code SELECT ... FOR UPDATE}): money-moving use
     * cases of one order (capture, release, refund) run one after the other, each planning on what the previous committed.
     */
    default Optional<Payment> lock(OrderId orderId) {
        return findLocked(orderId.value());
    }

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.orderId = :orderId")
    Optional<Payment> findLocked(@Param("orderId") UUID orderId);
}
