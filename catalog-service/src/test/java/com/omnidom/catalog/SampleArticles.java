package com.omnidom.catalog;

import com.omnidom.catalog.article.application.ArticleDocument;
import com.omnidom.catalog.article.domain.ArticleKind;
import com.omnidom.catalog.article.domain.TaxCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Article documents for tests: a valid physical article, changed one aspect at a time. */
public final class SampleArticles {

    public static final Instant JAN_2026 = Instant.parse("2026-01-01T00:00:00Z");
    public static final Instant JUL_2026 = Instant.parse("2026-07-01T00:00:00Z");

    private SampleArticles() {
    }

    public static ArticleDocument anArticle(String sku) {
        return new ArticleDocument(sku, ArticleKind.PHYSICAL,
                List.of(new ArticleDocument.Text("de", "Artikel " + sku, "Beschreibung"),
                        new ArticleDocument.Text("en", "Article " + sku, "Description")),
                List.of("https://images.example.com/" + sku + ".jpg"), List.of("DE", "AT"), JAN_2026, null,
                List.of(), List.of(), List.of(price("WEB", "EUR", "19.99", JAN_2026, null)), true);
    }

    public static ArticleDocument.Price price(String channel, String currency, String amount, Instant from, Instant until) {
        return new ArticleDocument.Price(channel, currency, new BigDecimal(amount), from, until);
    }

    public static ArticleDocument withName(ArticleDocument d, String name) {
        return new ArticleDocument(d.sku(), d.kind(), List.of(new ArticleDocument.Text("de", name, null)), d.imageUrls(),
                d.regions(), d.validFrom(), d.validUntil(), d.components(), d.accessories(), d.prices(), d.active());
    }

    public static ArticleDocument withPrices(ArticleDocument d, ArticleDocument.Price... prices) {
        return new ArticleDocument(d.sku(), d.kind(), d.texts(), d.imageUrls(), d.regions(), d.validFrom(),
                d.validUntil(), d.components(), d.accessories(), List.of(prices), d.active());
    }

    public static ArticleDocument withComponents(ArticleDocument d, ArticleDocument.Component... components) {
        return new ArticleDocument(d.sku(), d.kind(), d.texts(), d.imageUrls(), d.regions(), d.validFrom(),
                d.validUntil(), List.of(components), d.accessories(), d.prices(), d.active());
    }

    public static ArticleDocument withAccessories(ArticleDocument d, String... accessories) {
        return new ArticleDocument(d.sku(), d.kind(), d.texts(), d.imageUrls(), d.regions(), d.validFrom(),
                d.validUntil(), d.components(), List.of(accessories), d.prices(), d.active());
    }

    public static ArticleDocument withKindRegionsActive(ArticleDocument d, ArticleKind kind, List<String> regions, boolean active) {
        return new ArticleDocument(d.sku(), kind, d.texts(), d.imageUrls(), new ArrayList<>(regions), d.validFrom(),
                d.validUntil(), d.components(), d.accessories(), d.prices(), active);
    }

    public static ArticleDocument withTaxCategory(ArticleDocument d, TaxCategory taxCategory) {
        return new ArticleDocument(d.sku(), d.kind(), d.texts(), d.imageUrls(), d.regions(), d.validFrom(),
                d.validUntil(), d.components(), d.accessories(), d.prices(), d.active(), taxCategory);
    }

    public static ArticleDocument.Component component(String sku, int quantity) {
        return new ArticleDocument.Component(sku, quantity);
    }
}
