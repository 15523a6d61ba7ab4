package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.TenderOrder;
import com.omnidom.payment.payments.domain.TenderType;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * In which order captures take from an order's tender types and refunds and releases give back. Each list, when
 * given, names every tender type exactly once; a list that does not fails the start-up (binding) with the reason.
 *
 * @param captureOrder types captured first to last; default GIFT_CARD, BONUS_POINTS, CASH, CARD, ON_ACCOUNT
 * @param refundOrder  types refunded and released first to last; default the capture default reversed
 */
@ConfigurationProperties("omnidom.payment.tenders")
public record TenderProperties(List<TenderType> captureOrder, List<TenderType> refundOrder) {

    public TenderProperties {
        TenderOrder.of(captureOrder, refundOrder); // validates: a bad order stops the start-up here
    }

    public TenderOrder order() {
        return TenderOrder.of(captureOrder, refundOrder);
    }
}
