package com.omnidom.returns.sale.domain;

/** How units reached the customer. */
public enum DeliveryKind { SHIPPED, PICKED_UP }
