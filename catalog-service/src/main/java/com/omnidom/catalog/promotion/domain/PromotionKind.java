package com.omnidom.catalog.promotion.domain;

/**
 * What a promotion takes off: the order's goods (ORDER_*, from a minimum order value) or each unit of given SKUs
 * (LINE_*, from a minimum quantity on the line), by a percentage or by an amount of money.
 */
public enum PromotionKind {
    ORDER_PERCENT_OFF, ORDER_AMOUNT_OFF, LINE_PERCENT_OFF, LINE_AMOUNT_OFF;

    public boolean orderLevel() {
        return this == ORDER_PERCENT_OFF || this == ORDER_AMOUNT_OFF;
    }

    public boolean percent() {
        return this == ORDER_PERCENT_OFF || this == LINE_PERCENT_OFF;
    }
}
