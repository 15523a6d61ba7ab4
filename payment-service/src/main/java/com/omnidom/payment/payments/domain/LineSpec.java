package com.omnidom.payment.payments.domain;

import com.omnidom.payment.taxes.domain.TaxCategory;

import java.math.BigDecimal;

/**
 * An order line as the order brought it; {@code unitPrice} is gross, {@code taxRate} e.g. 0.19 (the channel's);
 * {@code taxCategory} null from producers before it was added (then the channel's rate is invoiced).
 */
public record LineSpec(String lineId, String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate,
                       TaxCategory taxCategory) {

    public LineSpec(String lineId, String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate) {
        this(lineId, sku, quantity, unitPrice, taxRate, null);
    }
}
