package com.omnidom.order.order.domain;

/**
 * Where one fulfilment order stands, as its location reported it. REJECTED is final: routing assigns the lines anew.
 * CANCELLED: every unit of it was taken off after the order cancelled them. EXPIRED: a pickup nobody collected in time,
 * whose units the order cancelled (final, also once routing took them off).
 */
public enum FulfillmentStatus { ASSIGNED, ACKNOWLEDGED, REJECTED, READY_FOR_PICKUP, PICKED_UP, SHIPPED, CANCELLED, EXPIRED }
