package com.omnidom.returns.returnorder.domain;

/** REQUESTED → RECEIVED → REFUNDED; REQUESTED → CANCELLED. */
public enum ReturnStatus { REQUESTED, RECEIVED, REFUNDED, CANCELLED }
