package com.omnidom.order.risk.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An audited risk decision: the automatic check ({@code decidedBy} = {@code risk-check}) or a reviewer's.
 *
 * @param outcome ACCEPT, HOLD, REJECT (check) or RELEASE, REJECT (review)
 */
public record Decision(long id, UUID orderId, String outcome, List<RiskFinding> reasons, Integer ruleSetVersion,
                       String decidedBy, String reason, Instant decidedAt) {
}
