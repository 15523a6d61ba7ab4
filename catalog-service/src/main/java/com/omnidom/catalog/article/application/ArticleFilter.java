package com.omnidom.catalog.article.application;

import com.omnidom.catalog.article.domain.ArticleKind;

/** Optional filters of the article list; null means "any". {@code q} matches the SKU or a name, case-insensitive. */
public record ArticleFilter(ArticleKind kind, String region, Boolean active, String q) {
}
