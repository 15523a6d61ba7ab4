package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** All captures, one per fulfilment order. */
public interface Captures extends JpaRepository<Capture, UUID> {

    boolean existsByFulfillmentId(UUID fulfillmentId);

    List<Capture> findByOrderIdOrderByCapturedAtAsc(UUID orderId);
}
