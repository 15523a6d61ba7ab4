package com.omnidom.order.order.domain;

import java.math.BigDecimal;
import java.util.List;

/** An order as a channel placed it, before the intake rules accepted it. */
public record OrderDraft(Channel channel, String orderNumber, Customer customer, String currency, List<Line> lines,
                         Delivery delivery, List<Payment> tenders, boolean priority) {

    public OrderDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
    }

    /** @param unitPrice gross price of one unit; @param taxRate 0.19 for 19 % */
    public record Line(String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate) {
    }

    public record Payment(TenderType type, BigDecimal amount, String reference) {
    }
}
