package com.omnidom.order.order.domain;

/** Where the customer placed the order. */
public enum Channel { WEB_SHOP, STORE_POS, MARKETPLACE, CALL_CENTER }
