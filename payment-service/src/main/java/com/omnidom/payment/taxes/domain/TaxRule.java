package com.omnidom.payment.taxes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One category's rate for the days [validFrom, validUntil); validUntil null = until further notice. */
public record TaxRule(TaxCategory category, BigDecimal rate, LocalDate validFrom, LocalDate validUntil) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || day.isBefore(validUntil));
    }

    boolean overlaps(TaxRule other) {
        return category == other.category
                && (other.validUntil == null || validFrom.isBefore(other.validUntil))
                && (validUntil == null || other.validFrom.isBefore(validUntil));
    }
}
