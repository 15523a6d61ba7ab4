package com.omnidom.catalog.promotion.domain;

/** The name customers see in one language (BCP 47 tag), or in every language when {@code language} is null. */
public record PromotionName(String language, String name) {
}
