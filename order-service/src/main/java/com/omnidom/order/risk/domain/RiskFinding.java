package com.omnidom.order.risk.domain;

/** One reason of a decision: a code (e.g. {@code VELOCITY_CUSTOMER}, {@code BLACK_LIST_EMAIL}) and the detail for people. */
public record RiskFinding(String code, String detail, RiskAction action) {
}
