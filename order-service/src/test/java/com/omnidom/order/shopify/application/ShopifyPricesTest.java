package com.omnidom.order.shopify.application;

import com.omnidom.kernel.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class ShopifyPricesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void taxIsAddedWhenExcludedAndTheDiscountSpreadOverTheUnitsRoundedOnce() {
        assertThat(AcceptShopifyOrder.unitPrice(new BigDecimal("20.00"), 2, new BigDecimal("0.19"), BigDecimal.ZERO, EUR))
                .isEqualTo(Money.of("23.80", "EUR"));
        // 3 × 10.00 − 1.00 = 29.00 over 3 units: 9.666… → 9.67
        assertThat(AcceptShopifyOrder.unitPrice(new BigDecimal("10.00"), 3, null, new BigDecimal("1.00"), EUR))
                .isEqualTo(Money.of("9.67", "EUR"));
        assertThat(AcceptShopifyOrder.unitPrice(new BigDecimal("999"), 2, new BigDecimal("0.1"), null, JPY))
                .isEqualTo(Money.of("1099", "JPY"));
        assertThat(AcceptShopifyOrder.unitPrice(new BigDecimal("5.00"), 1, null, new BigDecimal("7.00"), EUR))
                .isEqualTo(Money.zero(EUR));
    }
}
