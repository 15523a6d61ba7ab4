package com.omnidom.order.order.domain;

import com.omnidom.order.catalog.domain.TaxCategory;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the order costs besides its lines (shipping, handling, gift wrap): part of the total, captured, invoiced and
 * refunded by payment-service's charge policy. Ids are {@code S1}, {@code S2}, ... so they never collide with line ids.
 *
 * @param amount      what the customer pays for it, gross, its discounts deducted
 * @param taxRate     the rate the channel priced it with (null when only a tax category was given)
 * @param taxCategory the category it is taxed under (null: the rate is the rate)
 * @param discounts   what was taken off it (e.g. a free-shipping code), for information: {@code amount} is net of them
 */
public record Charge(String chargeId, ChargeType type, String name, BigDecimal amount, BigDecimal taxRate,
                     TaxCategory taxCategory, List<LineDiscount> discounts) {

    public Charge {
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }
}
