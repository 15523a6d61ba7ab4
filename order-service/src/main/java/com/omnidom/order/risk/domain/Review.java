package com.omnidom.order.risk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order held for review, with the reasons and (once decided) who decided what and why. */
public record Review(UUID orderId, String orderNumber, String channel, String customerId, String currency,
                     BigDecimal total, List<RiskFinding> reasons, int ruleSetVersion, ReviewStatus status,
                     Instant heldAt, Instant decidedAt, String decidedBy, String decisionReason) {
}
