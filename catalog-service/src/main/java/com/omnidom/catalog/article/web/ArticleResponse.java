package com.omnidom.catalog.article.web;

import com.omnidom.catalog.article.application.ArticleDocument;
import com.omnidom.catalog.article.application.ArticleDocuments;
import com.omnidom.catalog.article.domain.ArticleKind;
import com.omnidom.catalog.article.domain.ArticleSnapshot;
import com.omnidom.catalog.article.domain.TaxCategory;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An article as stored: the written document plus its version. */
@Schema(name = "StoredArticle")
public record ArticleResponse(
        String sku,
        ArticleKind kind,
        List<ArticleDocument.Text> texts,
        List<String> imageUrls,
        List<String> regions,
        Instant validFrom,
        Instant validUntil,
        List<ArticleDocument.Component> components,
        List<String> accessories,
        List<ArticleDocument.Price> prices,
        boolean active,
        TaxCategory taxCategory,
        @Schema(description = "Increases with every change") long version) {

    static ArticleResponse of(ArticleSnapshot snapshot) {
        ArticleDocument d = ArticleDocuments.toDocument(snapshot);
        return new ArticleResponse(d.sku(), d.kind(), d.texts(), d.imageUrls(), d.regions(), d.validFrom(),
                d.validUntil(), d.components(), d.accessories(), d.prices(), d.active(), d.taxCategory(), snapshot.version());
    }
}
