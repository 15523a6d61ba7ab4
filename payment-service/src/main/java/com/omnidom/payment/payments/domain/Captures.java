package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All captures, one per fulfilment order. */
public interface Captures extends JpaRepository<Capture, UUID> {

    boolean existsByFulfillmentId(UUID fulfillmentId);

    List<Capture> findByOrderIdOrderByCapturedAtAsc(UUID orderId);

    /** The capture one of whose card parts the PSP knows by {@code pspReference} (a dispute names it). */
    @Query(value = "SELECT * FROM capture WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(parts) part "
            + "WHERE part ->> 'pspReference' = :pspReference)", nativeQuery = true)
    Optional<Capture> findByPspReference(@Param("pspReference") String pspReference);
}
