package com.omnidom.catalog.article.application;

import com.omnidom.catalog.article.domain.ArticleContent;
import com.omnidom.catalog.article.domain.ArticleSnapshot;
import com.omnidom.events.TaxCategory;
import com.omnidom.events.catalog.ArticleChanged;

import java.time.Instant;
import java.util.UUID;

/** Translates a stored article into its contract event: the full snapshot, so the compacted topic holds the article. */
public final class ArticleEvents {

    private ArticleEvents() {
    }

    public static ArticleChanged changed(ArticleSnapshot s, Instant occurredAt) {
        ArticleContent c = s.content();
        return new ArticleChanged(UUID.randomUUID(), occurredAt, s.sku().value(), s.version(),
                ArticleChanged.ArticleKind.valueOf(c.kind().name()),
                c.texts().stream().map(t -> new ArticleChanged.Text(t.language(), t.name(), t.description())).toList(),
                c.imageUrls(), c.regions(), c.validFrom(), c.validUntil(),
                c.components().stream().map(k -> new ArticleChanged.Component(k.sku(), k.quantity())).toList(),
                c.accessories(),
                c.prices().stream().map(p -> new ArticleChanged.Price(p.channel(), p.currency(), p.amount(),
                        p.validFrom(), p.validUntil())).toList(),
                c.active(), TaxCategory.valueOf(c.taxCategory().name()));
    }
}
