package com.omnidom.order.risk.domain;

/** OPEN while waiting for a reviewer; RELEASED (accepted) or REJECTED once decided. */
public enum ReviewStatus { OPEN, RELEASED, REJECTED }
