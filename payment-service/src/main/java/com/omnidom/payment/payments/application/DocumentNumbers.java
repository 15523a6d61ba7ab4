package com.omnidom.payment.payments.application;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free document numbers: one counter row per issuing company, country, kind and year, incremented in the
 * document's own transaction. The row stays locked until that transaction ends, so numbers are given in commit order
 * and a rolled-back document gives its number back. A database sequence would not: nextval is never rolled back, so
 * a failed capture would leave a gap, which tax law does not accept for invoices. The price is that the documents
 * of one range are issued one transaction at a time, a few milliseconds each.
 */
@Component
public class DocumentNumbers {

    /** INV for invoices, CN for credit notes: also the number's prefix. */
    public enum Kind { INV, CN }

    private final JdbcTemplate jdbc;

    public DocumentNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the range, e.g. {@code INV-DE-2026-000042}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String company, String country, Kind kind, int year) {
        Long number = jdbc.queryForObject("""
                INSERT INTO document_number_range (company, country, kind, year, last_number) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT (company, country, kind, year) DO UPDATE SET last_number = document_number_range.last_number + 1
                RETURNING last_number""", Long.class, company, country, kind.name(), year);
        return "%s-%s-%d-%06d".formatted(kind.name(), country, year, number);
    }
}
