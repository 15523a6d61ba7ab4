package com.omnidom.order.catalog.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The promotion replica's store. */
public interface CatalogPromotions {

    /** Stores the promotion unless a version as high is stored already; @return whether it was stored. */
    boolean apply(CatalogPromotion promotion);

    /** The active automatic promotions of the currency valid at {@code at} (channels not filtered). */
    List<CatalogPromotion> automatic(String currency, Instant at);

    /** The promotions with these codes (upper case), whatever their state. */
    List<CatalogPromotion> byCodes(Collection<String> codes);
}
