package com.omnidom.order.catalog.application;

import com.omnidom.order.catalog.domain.CatalogPromotion;
import com.omnidom.order.catalog.domain.CatalogPromotions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Keeps the replica of the catalog's promotions: the highest version per promotion id wins, so reading the compacted
 * topic again from the beginning changes nothing.
 */
@Service
public class ReplicatePromotions {

    private final CatalogPromotions promotions;

    public ReplicatePromotions(CatalogPromotions promotions) {
        this.promotions = promotions;
    }

    @Transactional
    public boolean notePromotionChanged(CatalogPromotion promotion) {
        return promotions.apply(promotion);
    }

    public List<CatalogPromotion> automatic(String currency, Instant at) {
        return promotions.automatic(currency, at);
    }

    public List<CatalogPromotion> byCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : promotions.byCodes(codes);
    }
}
