package com.omnidom.catalog.article.domain;

/** Name and description in one language (a BCP 47 tag such as {@code de} or {@code de-CH}). */
public record ArticleText(String language, String name, String description) {
}
