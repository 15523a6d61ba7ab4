package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

/** All payments, one per order. */
public interface Payments extends JpaRepository<Payment, UUID> {

    default Optional<Payment> find(OrderId orderId) {
        return findById(orderId.value());
    }
}
