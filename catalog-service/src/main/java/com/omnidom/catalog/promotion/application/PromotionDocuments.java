package com.omnidom.catalog.promotion.application;

import com.omnidom.catalog.promotion.domain.PromotionContent;
import com.omnidom.catalog.promotion.domain.PromotionName;
import com.omnidom.catalog.promotion.domain.PromotionSnapshot;

import java.util.List;

/** Between the client's document and the domain's content. */
public final class PromotionDocuments {

    private PromotionDocuments() {
    }

    public static PromotionContent toContent(PromotionDocument d) {
        List<PromotionName> names = d.names() == null ? List.of()
                : d.names().stream().map(n -> new PromotionName(n.language(), n.name())).toList();
        return new PromotionContent(d.code(), names, d.validFrom(), d.validUntil(), d.channels(), d.currency(), d.kind(),
                d.percent(), d.amount(), d.minimumOrderValue(), d.skus(), d.minimumQuantity(), d.active() == null || d.active());
    }

    public static PromotionDocument toDocument(PromotionSnapshot s) {
        PromotionContent c = s.content();
        return new PromotionDocument(s.id().value(), c.code(),
                c.names().stream().map(n -> new PromotionDocument.Name(n.language(), n.name())).toList(),
                c.validFrom(), c.validUntil(), c.channels(), c.currency(), c.kind(), c.percent(), c.amount(),
                c.minimumOrderValue(), c.skus(), c.minimumQuantity(), c.active());
    }
}
