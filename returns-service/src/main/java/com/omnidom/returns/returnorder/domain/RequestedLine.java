package com.omnidom.returns.returnorder.domain;

import java.math.BigDecimal;

/** Units of a sold line the customer wants to return, with the gross unit price they were sold at. */
public record RequestedLine(String lineId, String sku, int quantity, ReturnReason reason, BigDecimal unitPrice) {
}
