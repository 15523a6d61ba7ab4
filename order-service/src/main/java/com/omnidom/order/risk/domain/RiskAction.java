package com.omnidom.order.risk.domain;

/** What a rule that fires does to the order. */
public enum RiskAction { HOLD, REJECT }
