package com.omnidom.order.order.domain;

/** The risk check's (or a reviewer's) word on an order: only an ACCEPTED order goes downstream. */
public enum RiskDecision { ACCEPTED, HELD, REJECTED }
