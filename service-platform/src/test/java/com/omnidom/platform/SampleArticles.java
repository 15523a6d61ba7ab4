package com.omnidom.platform;

import com.omnidom.events.catalog.ArticleChanged;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Article events for tests. */
public final class SampleArticles {

    private SampleArticles() {
    }

    public static ArticleChanged changed(String sku, long version) {
        return new ArticleChanged(UUID.randomUUID(), Instant.now(), sku, version, ArticleChanged.ArticleKind.PHYSICAL,
                List.of(new ArticleChanged.Text("en", "Article " + sku, "A test article")),
                List.of(), List.of("DE"), Instant.parse("2026-01-01T00:00:00Z"), null, List.of(), List.of(),
                List.of(new ArticleChanged.Price("WEB", "EUR", new BigDecimal("9.99"), Instant.parse("2026-01-01T00:00:00Z"), null)),
                true);
    }
}
