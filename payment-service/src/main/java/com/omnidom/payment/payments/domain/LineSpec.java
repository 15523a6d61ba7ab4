package com.omnidom.payment.payments.domain;

import java.math.BigDecimal;

/** An order line as the order brought it; {@code unitPrice} is gross, {@code taxRate} e.g. 0.19. */
public record LineSpec(String lineId, String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate) {
}
