package com.omnidom.order.risk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer suggested for the channel's black list because a chargeback was opened on one of their orders.
 *
 * @param reason         the chargeback's reason (the PSP's dispute reason)
 * @param listEntryId    the black list entry once accepted (made then, or the one that already named the customer)
 * @param decisionReason why the reviewer accepted or dismissed it
 */
public record Suggestion(UUID id, UUID chargebackId, UUID orderId, String orderNumber, String channel, String customerId,
                         String currency, BigDecimal amount, String reason,
                         SuggestionStatus status, Instant createdAt, String decidedBy, Instant decidedAt,
                         String decisionReason, UUID listEntryId) {
}
