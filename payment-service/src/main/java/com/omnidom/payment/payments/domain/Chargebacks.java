package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Chargeback cases, one per PSP dispute. */
public interface Chargebacks extends JpaRepository<Chargeback, UUID> {

    Optional<Chargeback> findByDisputeId(String disputeId);

    List<Chargeback> findByOrderIdOrderByOpenedAtAsc(UUID orderId);
}
