package com.omnidom.order.catalog.messaging;

import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.order.catalog.domain.CatalogArticle;
import com.omnidom.order.catalog.domain.TaxCategory;

import java.util.LinkedHashMap;
import java.util.Map;

/** The catalog's article snapshot → what the replica keeps of it. */
public final class ArticleReplicaTranslation {

    private ArticleReplicaTranslation() {
    }

    public static CatalogArticle of(ArticleChanged a) {
        Map<String, String> names = new LinkedHashMap<>();
        a.texts().forEach(t -> names.put(t.language(), t.name()));
        return new CatalogArticle(a.sku(), a.version(), a.kind() == null ? null : a.kind().name(), a.active(),
                a.validFrom(), a.validUntil(), a.regions(),
                a.components().stream().map(c -> new CatalogArticle.Component(c.sku(), c.quantity())).toList(),
                a.prices().stream().map(p -> new CatalogArticle.Price(p.channel(), p.currency(), p.amount(),
                        p.validFrom(), p.validUntil())).toList(),
                TaxCategory.valueOf(a.taxCategory().name()), names);
    }
}
