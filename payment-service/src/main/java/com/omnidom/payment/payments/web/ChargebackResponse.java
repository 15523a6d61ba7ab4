package com.omnidom.payment.payments.web;

import com.omnidom.payment.payments.domain.Chargeback;

import java.time.Instant;
import java.util.UUID;

/**
 * A chargeback case as the REST API shows it; {@code amount} is a decimal string.
 *
 * @param state OPEN, ACCEPTED, CONTESTED, WON or LOST
 */
public record ChargebackResponse(UUID chargebackId, String disputeId, UUID orderId, String tenderId, String pspReference,
                                 String currency, String amount, String reason, String state, String evidence,
                                 String decidedBy, Instant openedAt, Instant decidedAt, Instant resolvedAt,
                                 Instant evidenceSubmittedAt) {

    static ChargebackResponse of(Chargeback c) {
        return new ChargebackResponse(c.chargebackId(), c.disputeId(), c.orderId().value(), c.tenderId(), c.pspReference(),
                c.currency(), c.amount().toPlainString(), c.reason(), c.state().name(), c.evidence(), c.decidedBy(),
                c.openedAt(), c.decidedAt(), c.resolvedAt(), c.evidenceSubmittedAt());
    }
}
