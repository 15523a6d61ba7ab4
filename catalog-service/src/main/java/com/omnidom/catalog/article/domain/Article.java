package com.omnidom.catalog.article.domain;

import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An article, the aggregate of its texts, combinations and prices. Every change goes through
 * {@link #create} or {@link #replaceWith}, which check the rules first and change nothing when one is broken.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    private String sku;

    @Enumerated(EnumType.STRING)
    private ArticleKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<ArticleText> texts;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> imageUrls;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> regions;

    private Instant validFrom;

    private Instant validUntil;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Component> components;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> accessories;

    // own table, so prices can be queried across articles (by channel, currency, date) without unpacking JSON
    @ElementCollection
    @CollectionTable(name = "article_price", joinColumns = @JoinColumn(name = "sku"))
    @OrderColumn(name = "price_index")
    private List<Price> prices = new ArrayList<>();

    /** Lower-cased names in all languages, for the case-insensitive text search. */
    @Column(name = "search_text")
    private String searchText;

    private boolean active;

    @Enumerated(EnumType.STRING)
    private TaxCategory taxCategory;

    @Version
    private Long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Article() {
        // for JPA
    }

    public static Article create(Sku sku, ArticleContent content, Instant now) {
        ArticleContent valid = validated(sku, content);
        Article article = new Article();
        article.sku = sku.value();
        article.createdAt = now;
        article.apply(valid, now);
        return article;
    }

    /**
     * Replaces the whole content.
     *
     * @return false when the content equals the current one: nothing changed, so no new version and no event
     */
    public boolean replaceWith(ArticleContent content, Instant now) {
        ArticleContent valid = validated(sku(), content);
        if (valid.equals(content())) return false;
        apply(valid, now);
        return true;
    }

    private static ArticleContent validated(Sku sku, ArticleContent content) {
        List<Violation> violations = content.violations(sku);
        if (!violations.isEmpty()) throw new RuleViolation(violations);
        return content.normalized();
    }

    private void apply(ArticleContent content, Instant now) {
        kind = content.kind();
        texts = new ArrayList<>(content.texts());
        imageUrls = new ArrayList<>(content.imageUrls());
        regions = new ArrayList<>(content.regions());
        validFrom = content.validFrom();
        validUntil = content.validUntil();
        components = new ArrayList<>(content.components());
        accessories = new ArrayList<>(content.accessories());
        prices.clear();
        prices.addAll(content.prices());
        active = content.active();
        taxCategory = content.taxCategory();
        searchText = content.texts().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("\n"));
        updatedAt = now;
    }

    public Sku sku() {
        return new Sku(sku);
    }

    public ArticleContent content() {
        return new ArticleContent(kind, texts, imageUrls, regions, validFrom, validUntil, components, accessories,
                List.copyOf(prices), active, taxCategory);
    }

    /** The current state, detached from the persistence context; the version is that of the last flush. */
    public ArticleSnapshot snapshot() {
        return new ArticleSnapshot(sku(), version == null ? 0 : version, content(), createdAt, updatedAt);
    }
}
