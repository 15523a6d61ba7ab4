package com.omnidom.catalog.article.domain;

/** One part of a bundle: the bundle consists of {@code quantity} pieces of the article {@code sku}. */
public record Component(String sku, int quantity) {
}
