package com.omnidom.order.risk.domain;

/** The risk check's verdict: accept (goes downstream), hold for review, or reject. */
public enum RiskOutcome { ACCEPT, HOLD, REJECT }
