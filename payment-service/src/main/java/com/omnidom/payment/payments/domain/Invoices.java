package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All invoices, one per shipment. */
public interface Invoices extends JpaRepository<Invoice, UUID> {

    /** Oldest first: the order their units were billed in, which credit notes follow. */
    List<Invoice> findByOrderIdOrderByIssuedAtAscInvoiceNumberAsc(UUID orderId);

    Optional<Invoice> findByOrderIdAndInvoiceNumber(UUID orderId, String invoiceNumber);
}
