package com.omnidom.order.order.domain;

import java.math.BigDecimal;

/**
 * A discount taken off one order line: a catalog promotion (its code, or its id when automatic) or a discount the
 * channel granted, the name the customer sees and the amount for all the line's units.
 */
public record LineDiscount(String code, String name, BigDecimal amount) {
}
