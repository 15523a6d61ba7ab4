package com.omnidom.events.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The risk check held the order for manual review: it is not accepted (yet), nothing downstream starts.
 *
 * @param reasons        the rules that fired, as codes
 * @param ruleSetVersion version of the risk rule set that decided
 */
public record OrderHeld(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        String orderNumber,
        OrderAccepted.Channel channel,
        List<String> reasons,
        int ruleSetVersion) implements ContractEvent {

    public OrderHeld {
        reasons = ContractLists.of(reasons);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return orderId.toString();
    }
}
