package com.omnidom.order.catalog.messaging;

import com.omnidom.events.catalog.PromotionChanged;
import com.omnidom.order.catalog.application.ReplicatePromotions;
import com.omnidom.order.catalog.domain.CatalogPromotion;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Promotion snapshots from the compacted catalog topic, read from the beginning by the service's consumer group.
 * Idempotent by version (the newest wins), so no inbox row is needed.
 */
@Component
public class PromotionReplicaListener implements EventHandlers {

    private final ReplicatePromotions replicate;

    PromotionReplicaListener(ReplicatePromotions replicate) {
        this.replicate = replicate;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.idempotent(PromotionChanged.class, changed -> replicate.notePromotionChanged(of(changed)));
    }

    /** The catalog's promotion snapshot → what the replica keeps of it. */
    public static CatalogPromotion of(PromotionChanged p) {
        Map<String, String> names = new LinkedHashMap<>();
        p.names().forEach(n -> names.put(n.language() == null ? "" : n.language(), n.name()));
        return new CatalogPromotion(p.promotionId(), p.version(), p.code(), names, p.validFrom(), p.validUntil(),
                p.channels(), p.currency(), p.kind() == null ? "UNKNOWN" : p.kind().name(), p.percent(), p.amount(),
                p.minimumOrderValue(), p.skus(), p.minimumQuantity(), p.active());
    }
}
