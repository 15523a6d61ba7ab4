package com.omnidom.order.risk.domain;

/** BLACK: orders matching an entry are rejected. WHITE: a trusted customer, the abnormality rules are skipped. */
public enum ListType { BLACK, WHITE }
