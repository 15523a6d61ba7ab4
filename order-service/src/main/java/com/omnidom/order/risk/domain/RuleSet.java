package com.omnidom.order.risk.domain;

import java.time.Instant;

/** One version of the rules: who changed them, why, when. The highest version is in force. */
public record RuleSet(int version, RiskRules rules, String changedBy, String reason, Instant createdAt) {
}
