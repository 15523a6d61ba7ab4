package com.omnidom.order.risk.application;

import java.util.List;
import java.util.UUID;

/**
 * What a reviewer's decision does to the order itself; implemented by the order feature, so risk does not depend on it.
 * Both run in the reviewer's transaction together with the review row and the audit.
 */
public interface HeldOrders {

    /** The held order is accepted now (OrderAccepted). */
    void release(UUID orderId, String decidedBy, String reason);

    /** The held order is rejected (OrderRejected with {@code decidedBy}). */
    void reject(UUID orderId, List<String> reasons, String decidedBy, String reason);
}
