package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** The movements of gift cards, append-only. */
public interface GiftCardMovements extends JpaRepository<GiftCardMovement, UUID> {

    List<GiftCardMovement> findByNumberOrderByCreatedAtAsc(String number);
}
