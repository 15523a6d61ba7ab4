package com.omnidom.catalog.promotion.application;

import com.omnidom.catalog.promotion.domain.PromotionContent;
import com.omnidom.catalog.promotion.domain.PromotionSnapshot;
import com.omnidom.events.catalog.PromotionChanged;

import java.time.Instant;
import java.util.UUID;

/** Translates a stored promotion into its contract event: the full snapshot, so the compacted topic holds the promotion. */
public final class PromotionEvents {

    private PromotionEvents() {
    }

    public static PromotionChanged changed(PromotionSnapshot s, Instant occurredAt) {
        PromotionContent c = s.content();
        return new PromotionChanged(UUID.randomUUID(), occurredAt, s.id().value(), s.version(), c.code(),
                c.names().stream().map(n -> new PromotionChanged.Name(n.language(), n.name())).toList(),
                c.validFrom(), c.validUntil(), c.channels(), c.currency(), PromotionChanged.Kind.valueOf(c.kind().name()),
                c.percent(), c.amount(), c.minimumOrderValue(), c.skus(), c.minimumQuantity(), c.active());
    }
}
