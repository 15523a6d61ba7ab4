package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** Transfers applied to invoices paid on account. */
public interface ReceivedPayments extends JpaRepository<ReceivedPayment, UUID> {

    List<ReceivedPayment> findByInvoiceNumberOrderByReceivedAtAsc(String invoiceNumber);
}
