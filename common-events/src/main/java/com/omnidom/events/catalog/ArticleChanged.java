package com.omnidom.events.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.omnidom.events.ContractEvent;
import com.omnidom.events.ContractLists;
import com.omnidom.events.TaxCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The full current state of an article after a change. Published on the compacted
 * {@code catalog.articles.v1} topic keyed by SKU, so the latest record per SKU is the article.
 *
 * @param version     increases with every change of the article; a replica keeps the highest it saw
 * @param taxCategory chooses the tax rule (with the country and the day of supply); STANDARD when absent
 */
public record ArticleChanged(
        UUID eventId,
        Instant occurredAt,
        String sku,
        long version,
        ArticleKind kind,
        List<Text> texts,
        List<String> imageUrls,
        List<String> regions,
        Instant validFrom,
        Instant validUntil,
        List<Component> components,
        List<String> accessories,
        List<Price> prices,
        boolean active,
        TaxCategory taxCategory) implements ContractEvent {

    public ArticleChanged {
        texts = ContractLists.of(texts);
        imageUrls = ContractLists.of(imageUrls);
        regions = ContractLists.of(regions);
        components = ContractLists.of(components);
        accessories = ContractLists.of(accessories);
        prices = ContractLists.of(prices);
        if (taxCategory == null) taxCategory = TaxCategory.STANDARD;
    }

    /** An article of the standard tax category: the parameter list before {@code taxCategory} was added. */
    public ArticleChanged(UUID eventId, Instant occurredAt, String sku, long version, ArticleKind kind, List<Text> texts,
                          List<String> imageUrls, List<String> regions, Instant validFrom, Instant validUntil,
                          List<Component> components, List<String> accessories, List<Price> prices, boolean active) {
        this(eventId, occurredAt, sku, version, kind, texts, imageUrls, regions, validFrom, validUntil, components,
                accessories, prices, active, TaxCategory.STANDARD);
    }

    public enum ArticleKind { PHYSICAL, SERVICE, GIFT_CARD, DIGITAL_RIGHT }

    /** Name and description in one language (BCP 47 tag, e.g. {@code de}, {@code en}). */
    public record Text(String language, String name, String description) {
    }

    /** A component of a bundle: the bundle ships as these articles in these quantities. */
    public record Component(String sku, int quantity) {
    }

    /** Price per channel and currency, valid in [validFrom, validUntil); amounts as decimal strings. */
    public record Price(String channel, String currency,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                        Instant validFrom, Instant validUntil) {
    }

    @Override
    @JsonIgnore
    public String subject() {
        return sku;
    }
}
