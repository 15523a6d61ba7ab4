package com.omnidom.payment.payments.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What is owed per invoice paid on account. */
public interface Receivables extends JpaRepository<Receivable, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Receivable r where r.invoiceNumber = :invoiceNumber")
    Optional<Receivable> findLocked(@Param("invoiceNumber") String invoiceNumber);

    List<Receivable> findByOrderIdOrderByCreatedAtAscInvoiceNumberAsc(UUID orderId);

    /** Open receivables due before {@code day}: the dunning run's candidates. */
    @Query("select r.invoiceNumber from Receivable r where r.dueDate < :day"
            + " and r.paid + r.credited + r.writtenOff < r.amount + r.fees order by r.dueDate, r.invoiceNumber")
    List<String> findOverdue(@Param("day") LocalDate day);
}
