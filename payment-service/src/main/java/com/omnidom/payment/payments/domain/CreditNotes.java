package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All credit notes, one per refunded return. */
public interface CreditNotes extends JpaRepository<CreditNote, UUID> {

    List<CreditNote> findByOrderIdOrderByIssuedAtAscCreditNoteNumberAsc(UUID orderId);

    Optional<CreditNote> findByOrderIdAndCreditNoteNumber(UUID orderId, String creditNoteNumber);
}
