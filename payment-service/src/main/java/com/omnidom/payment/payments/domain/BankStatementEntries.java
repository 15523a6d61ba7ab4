package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** Imported bank statement credit entries, one per the bank's entry reference. */
public interface BankStatementEntries extends JpaRepository<BankStatementEntry, String> {

    List<BankStatementEntry> findByStateOrderByImportedAtAscEntryReferenceAsc(String state);
}
