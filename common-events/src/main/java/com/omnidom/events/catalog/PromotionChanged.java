package com.omnidom.events.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The full current state of a promotion after a change. Published on the compacted {@code catalog.promotions.v1}
 * topic keyed by promotion id, so the latest record per id is the promotion.
 *
 * @param version           increases with every change of the promotion; a replica keeps the highest it saw
 * @param code              the coupon code the order must name; null for an automatic promotion
 * @param channels          the catalog's price channels (e.g. WEB, STORE) it applies to; empty = every channel
 * @param percent           for the PERCENT kinds: 0..100
 * @param amount            for the AMOUNT kinds: off the order's goods (ORDER_AMOUNT_OFF) or per unit (LINE_AMOUNT_OFF)
 * @param minimumOrderValue order-level kinds: the order's goods (gross) must reach it; null = no minimum
 * @param skus              line-level kinds: the SKUs it applies to
 * @param minimumQuantity   line-level kinds: the line's units must reach it; null = 1
 */
public record PromotionChanged(
        UUID eventId,
        Instant occurredAt,
        String promotionId,
        long version,
        String code,
        List<Name> names,
        Instant validFrom,
        Instant validUntil,
        List<String> channels,
        String currency,
        Kind kind,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percent,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minimumOrderValue,
        List<String> skus,
        Integer minimumQuantity,
        boolean active) implements ContractEvent {

    public PromotionChanged {
        names = ContractLists.of(names);
        channels = ContractLists.of(channels);
        skus = ContractLists.of(skus);
    }

    /** What the promotion takes off: the order's goods or each unit of given SKUs, by percent or by an amount. */
    public enum Kind { ORDER_PERCENT_OFF, ORDER_AMOUNT_OFF, LINE_PERCENT_OFF, LINE_AMOUNT_OFF }

    /** The name shown to customers in one language (BCP 47 tag), or in every language when {@code language} is null. */
    public record Name(String language, String name) {
    }

    @Override
    @JsonIgnore
    public String subject() {
        return promotionId;
    }
}
