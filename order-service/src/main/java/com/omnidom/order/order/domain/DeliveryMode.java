package com.omnidom.order.order.domain;

/** Sent to the customer's address, or collected at a store. */
public enum DeliveryMode { SHIP, PICKUP }
