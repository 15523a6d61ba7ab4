package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The journal: entries are only added. */
public interface JournalEntries extends JpaRepository<JournalEntry, UUID> {

    /** The next entry number (a sequence: unique and increasing; a rolled-back transaction leaves a gap). */
    @Query(value = "SELECT nextval('journal_entry_number')", nativeQuery = true)
    long nextNumber();

    List<JournalEntry> findByOrderIdOrderByEntryNumberAsc(UUID orderId);

    List<JournalEntry> findByBusinessDayOrderByEntryNumberAsc(LocalDate businessDay);
}
