package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.Order;
import com.omnidom.order.order.domain.OrderId;
import com.omnidom.order.order.domain.Orders;
import com.omnidom.order.risk.application.ChargebackSuggestions;
import com.omnidom.platform.events.PermanentEventFailure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A chargeback opened on an order suggests the order's customer (of the order's channel) for the black list; the
 * risk feature keeps the suggestion for reviewers, one per chargeback.
 */
@Service
public class ChargebackSuggestion {

    private final Orders orders;
    private final ChargebackSuggestions suggestions;

    public ChargebackSuggestion(Orders orders, ChargebackSuggestions suggestions) {
        this.orders = orders;
        this.suggestions = suggestions;
    }

    @Transactional
    public boolean noteChargebackOpened(UUID orderId, UUID chargebackId, String currency, BigDecimal amount, String reason) {
        // payment-service knows only accepted orders: an unknown one is a broken event, not one to wait for
        Order order = orders.find(new OrderId(orderId))
                .orElseThrow(() -> new PermanentEventFailure("chargeback " + chargebackId + " on unknown order " + orderId));
        return suggestions.suggest(new ChargebackSuggestions.Chargeback(chargebackId, orderId, order.orderNumber(),
                order.channel().name(), order.customer().customerId(), currency, amount, reason));
    }
}
