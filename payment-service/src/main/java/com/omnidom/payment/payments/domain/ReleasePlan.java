package com.omnidom.payment.payments.domain;

import com.omnidom.kernel.Money;

import java.util.List;

/**
 * What cancelling lines gives back: the units actually cancelled (those not captured yet), the amount released
 * and from which tenders. Empty when everything asked for was captured already.
 */
public record ReleasePlan(List<LineQuantity> items, Money amount, List<TenderAllocation.Part> parts) {

    public boolean releasesNothing() {
        return items.isEmpty();
    }
}
