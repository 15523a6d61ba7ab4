package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** All refunds, one per return. */
public interface Refunds extends JpaRepository<Refund, UUID> {

    boolean existsByReturnId(UUID returnId);

    List<Refund> findByOrderIdOrderByRefundedAtAsc(UUID orderId);
}
