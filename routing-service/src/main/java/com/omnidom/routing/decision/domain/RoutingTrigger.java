package com.omnidom.routing.decision.domain;

/** Why a decision was taken: a new order, or lines coming back from a location. */
public enum RoutingTrigger { ORDER_ACCEPTED, STOCK_ALLOCATION_FAILED, FULFILLMENT_REJECTED }
