package com.omnidom.events.inventory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The stock of one article at one location now; the latest per key on the compacted
 * {@code inventory.availability.v1} topic is the current state (key {@code sku@locationId}).
 *
 * @param available    what any channel can be promised now: onHand − allocated − reserved − safetyStock, never below 0
 * @param version      increases with every change of this article at this location
 * @param reserved     units held by reservations for channels/partners, not yet drawn
 * @param reservations a channel may use its own reservation on top of {@code available}
 * @param inTransit    counts for promises after its {@code expectedAt}
 * @param unlimited    a non-physical article without a stock limit (e.g. an unlimited e-gift card): available is meaningless
 */
public record AvailabilityChanged(
        UUID eventId,
        Instant occurredAt,
        String sku,
        String locationId,
        int onHand,
        int allocated,
        int available,
        long version,
        int reserved,
        int safetyStock,
        List<ChannelReservation> reservations,
        List<InTransit> inTransit,
        boolean unlimited) implements ContractEvent {

    public AvailabilityChanged {
        reservations = ContractLists.of(reservations);
        inTransit = ContractLists.of(inTransit);
    }

    /** Plain stock, nothing reserved, no safety stock, nothing in transit: the parameter list before reservations were added. */
    public AvailabilityChanged(UUID eventId, Instant occurredAt, String sku, String locationId, int onHand, int allocated,
                               int available, long version) {
        this(eventId, occurredAt, sku, locationId, onHand, allocated, available, version, 0, 0, List.of(), List.of(), false);
    }

    /** {@code quantity} units kept for {@code channel} (e.g. {@code MARKETPLACE}) until {@code until} (null = open-ended). */
    public record ChannelReservation(String channel, int quantity, Instant until) {
    }

    /** {@code quantity} units on their way to the location, expected at {@code expectedAt}. */
    public record InTransit(int quantity, Instant expectedAt) {
    }

    public static String key(String sku, String locationId) {
        return sku + "@" + locationId;
    }

    @Override
    @JsonIgnore
    public String subject() {
        return key(sku, locationId);
    }
}
