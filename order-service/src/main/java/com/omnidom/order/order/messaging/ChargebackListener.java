package com.omnidom.order.order.messaging;

import com.omnidom.events.payment.ChargebackOpened;
import com.omnidom.order.order.application.ChargebackSuggestion;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/** ChargebackOpened from payment.events.v1: its customer suggested for the black list (besides the order's fold). */
@Component
class ChargebackListener implements EventHandlers {

    private final ChargebackSuggestion suggestion;

    ChargebackListener(ChargebackSuggestion suggestion) {
        this.suggestion = suggestion;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.event(ChargebackOpened.class, e -> suggestion.noteChargebackOpened(e.orderId(), e.chargebackId(), e.currency(),
                e.amount(), e.reason()));
    }
}
