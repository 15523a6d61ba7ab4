package com.omnidom.routing.decision.domain;

/**
 * Why a decision was taken: a new order, lines coming back from a location, stock arriving for deferred lines,
 * the scheduled retry of deferred lines, or an operator.
 */
public enum RoutingTrigger {
    ORDER_ACCEPTED, STOCK_ALLOCATION_FAILED, FULFILLMENT_REJECTED, AVAILABILITY_CHANGED, DEFERRED_RETRY, MANUAL_ASSIGNMENT
}
