package com.omnidom.events.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The order was refused by the risk check (black list, rule) or by a reviewer; it is never accepted.
 *
 * @param decidedBy {@code risk-check} or the reviewer's name
 */
public record OrderRejected(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        String orderNumber,
        OrderAccepted.Channel channel,
        List<String> reasons,
        String decidedBy) implements ContractEvent {

    public OrderRejected {
        reasons = ContractLists.of(reasons);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
