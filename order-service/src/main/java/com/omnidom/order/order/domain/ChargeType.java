package com.omnidom.order.order.domain;

/** What an order charge is for. */
public enum ChargeType { SHIPPING, HANDLING, GIFT_WRAP, OTHER }
