package com.omnidom.catalog.article.domain;

import java.time.Instant;

/** An article as stored at one version. */
public record ArticleSnapshot(Sku sku, long version, ArticleContent content, Instant createdAt, Instant updatedAt) {
}
