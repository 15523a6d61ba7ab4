package com.omnidom.order.risk.application;

import com.omnidom.order.risk.domain.Decision;
import com.omnidom.order.risk.domain.Review;
import com.omnidom.order.risk.domain.ReviewStatus;
import com.omnidom.order.risk.domain.RiskFinding;
import com.omnidom.order.risk.persistence.RiskRecords;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The review queue: held orders with their reasons; a reviewer releases or rejects one. The review row is decided by a
 * conditional update (two reviewers at once: one wins, the other gets 409), in one transaction with the order's change,
 * its event and the audit entry.
 */
@Service
public class ReviewHeldOrders {

    private final RiskRecords records;
    private final HeldOrders orders;
    private final Clock clock;

    public ReviewHeldOrders(RiskRecords records, HeldOrders orders, Clock clock) {
        this.records = records;
        this.orders = orders;
        this.clock = clock;
    }

    @Transactional
    public Review release(UUID orderId, String decidedBy, String reason) {
        Review review = decide(orderId, ReviewStatus.RELEASED, decidedBy, reason);
        orders.release(orderId, decidedBy, reason);
        return review;
    }

    @Transactional
    public Review reject(UUID orderId, String decidedBy, String reason) {
        Review review = decide(orderId, ReviewStatus.REJECTED, decidedBy, reason);
        orders.reject(orderId, review.reasons().stream().map(RiskFinding::code).distinct().toList(), decidedBy, reason);
        return review;
    }

    @Transactional(readOnly = true)
    public RiskPage<Review> list(ReviewStatus status, int page, int size) {
        return RiskPage.of(records.reviews(status, page, size), page, size, records.countReviews(status));
    }

    @Transactional(readOnly = true)
    public Review get(UUID orderId) {
        return records.review(orderId).orElseThrow(() -> new ResourceNotFound("No review of order " + orderId + "."));
    }

    @Transactional(readOnly = true)
    public RiskPage<Decision> decisions(UUID orderId, int page, int size) {
        return RiskPage.of(records.decisions(orderId, page, size), page, size, records.countDecisions(orderId));
    }

    private Review decide(UUID orderId, ReviewStatus status, String decidedBy, String reason) {
        Instant now = clock.instant();
        Review review = get(orderId);
        if (!records.decideReview(orderId, status, decidedBy, reason, now)) {
            throw new StateConflict("The review of order " + review.orderNumber() + " is " + records.review(orderId)
                    .map(r -> r.status().name()).orElse("gone") + " already.");
        }
        records.decided(orderId, status == ReviewStatus.RELEASED ? "RELEASE" : "REJECT", review.reasons(),
                review.ruleSetVersion(), decidedBy, reason, now);
        return records.review(orderId).orElseThrow();
    }
}
