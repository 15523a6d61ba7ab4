package com.omnidom.payment.payments.domain;

import com.omnidom.payment.taxes.domain.TaxCategory;

import java.math.BigDecimal;

/**
 * A charge of the order besides its lines (shipping, handling, gift wrap, other) as the order brought it:
 * {@code amount} gross after its discounts, taxed like a line at its category's rule (else {@code taxRate}).
 */
public record ChargeSpec(String chargeId, ChargeType type, String name, BigDecimal amount, BigDecimal taxRate,
                         TaxCategory taxCategory) {

    public enum ChargeType { SHIPPING, HANDLING, GIFT_WRAP, OTHER }

    /** The payment line's id of the charge: its own id space, so it never meets an article line's id. */
    public String lineId(int index) {
        return "charge:" + (chargeId == null || chargeId.isBlank() ? String.valueOf(index) : chargeId);
    }
}
