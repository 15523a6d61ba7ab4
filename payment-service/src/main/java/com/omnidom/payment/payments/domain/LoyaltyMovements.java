package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** The movements of loyalty accounts, append-only. */
public interface LoyaltyMovements extends JpaRepository<LoyaltyMovement, UUID> {

    List<LoyaltyMovement> findByAccountOrderByCreatedAtAsc(String account);
}
