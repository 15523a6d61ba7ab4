package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

/** All invoices, one per shipment. */
public interface Invoices extends JpaRepository<Invoice, UUID> {

    List<Invoice> findByOrderIdOrderByInvoiceNumberAsc(UUID orderId);

    /** The next invoice number from the database sequence: unique across instances without a lock. */
    @Query(value = "SELECT nextval('invoice_number_seq')", nativeQuery = true)
    long nextInvoiceNumber();
}
