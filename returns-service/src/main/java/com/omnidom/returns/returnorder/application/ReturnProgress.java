package com.omnidom.returns.returnorder.application;

import com.omnidom.kernel.IllegalTransition;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.returns.returnorder.domain.ReturnId;
import com.omnidom.returns.returnorder.domain.ReturnOrder;
import com.omnidom.returns.returnorder.domain.ReturnOrders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;

/** Folds what other services report about a return into it: payment's refund closes the loop. */
@Service
public class ReturnProgress {

    private final ReturnOrders returnOrders;

    public ReturnProgress(ReturnOrders returnOrders) {
        this.returnOrders = returnOrders;
    }

    /**
     * A refund is only ever issued for a return this service published as received (in the same transaction as
     * the state change), so an unknown return or one in another state can never be applied.
     */
    @Transactional
    public void noteRefundIssued(ReturnId id, String currency, BigDecimal amount, Instant issuedAt) {
        ReturnOrder returnOrder = returnOrders.find(id)
                .orElseThrow(() -> new PermanentEventFailure("refund issued for unknown return " + id));
        try {
            returnOrder.noteRefundIssued(currency, amount, issuedAt);
        } catch (IllegalTransition | RuleViolation e) {
            throw new PermanentEventFailure("refund for return " + id + " cannot be applied: " + e.getMessage(), e);
        }
    }
}
