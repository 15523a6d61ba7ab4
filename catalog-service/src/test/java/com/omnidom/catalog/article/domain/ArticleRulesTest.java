package com.omnidom.catalog.article.domain;

import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleRulesTest {

    static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant JUL = Instant.parse("2026-07-01T00:00:00Z");
    static final Sku SKU = new Sku("A-1");

    static Price price(String channel, String currency, String amount, Instant from, Instant until) {
        return new Price(channel, currency, new BigDecimal(amount), from, until);
    }

    static ArticleContent content(List<Price> prices, List<Component> components) {
        return new ArticleContent(ArticleKind.PHYSICAL, List.of(new ArticleText("de", "Tasse", null)),
                List.of("https://img.example.com/a.jpg"), List.of("DE"), JAN, null, components, List.of(), prices, true);
    }

    static List<String> fields(ArticleContent content) {
        return content.violations(SKU).stream().map(Violation::field).toList();
    }

    @Test
    void acceptsAValidArticle() {
        assertThat(content(List.of(price("WEB", "EUR", "19.99", JAN, null)), List.of()).violations(SKU)).isEmpty();
    }

    @Test
    void rejectsNegativeAmountsAndMoreDecimalsThanTheCurrencyHas() {
        assertThat(fields(content(List.of(price("WEB", "EUR", "-0.01", JAN, null), price("WEB", "JPY", "1.5", JAN, null),
                price("WEB", "KWD", "1.125", JAN, null)), List.of())))
                .containsExactly("prices[0].amount", "prices[1].amount");
    }

    @Test
    void rejectsOverlappingValidityOfOneChannelAndCurrencyOnly() {
        assertThat(fields(content(List.of(price("WEB", "EUR", "1", JAN, null), price("WEB", "EUR", "2", JUL, null)), List.of())))
                .containsExactly("prices[1].validFrom");
        assertThat(fields(content(List.of(price("WEB", "EUR", "1", JAN, JUL), price("WEB", "EUR", "2", JUL, null),
                price("STORE", "EUR", "3", JAN, null), price("WEB", "CHF", "4", JAN, null)), List.of()))).isEmpty();
        assertThat(fields(content(List.of(price("WEB", "EUR", "1", null, JUL), price("WEB", "EUR", "2", JAN, JAN.plusSeconds(60))), List.of())))
                .containsExactly("prices[1].validFrom");
    }

    @Test
    void rejectsUnknownCurrencyAndValidityEndingBeforeItStarts() {
        assertThat(fields(content(List.of(price("WEB", "EURO", "1", JUL, JAN)), List.of())))
                .containsExactly("prices[0].currency", "prices[0].validUntil");
    }

    @Test
    void aBundleCannotContainItselfAndNeedsPositiveQuantities() {
        assertThat(fields(content(List.of(), List.of(new Component("A-1", 1), new Component("B-1", 0), new Component("B-1", 1)))))
                .containsExactly("components[0].sku", "components[1].quantity", "components[2].sku");
    }

    @Test
    void rejectsBadRegionsTextsAndImageUrls() {
        ArticleContent bad = new ArticleContent(ArticleKind.SERVICE, List.of(new ArticleText("Deutsch", " ", null)),
                List.of("ftp://x/y.jpg"), List.of("de", "XX"), null, null, List.of(), List.of("A-1"), List.of(), true);
        assertThat(fields(bad)).containsExactly("texts[0].language", "texts[0].name", "imageUrls[0]", "regions[0]",
                "regions[1]", "accessories[0]");
    }

    @Test
    void skuMustMatchThePattern() {
        assertThatThrownBy(() -> new Sku("has space")).isInstanceOf(RuleViolation.class).hasMessageContaining("sku");
        assertThatThrownBy(() -> new Sku("x".repeat(65))).isInstanceOf(RuleViolation.class);
        assertThat(new Sku("A-000123_x.1").value()).isEqualTo("A-000123_x.1");
    }

    @Test
    void replacingWithEqualContentChangesNothingEvenWhenAmountsAreWrittenDifferently() {
        Article article = Article.create(SKU, content(List.of(price("WEB", "EUR", "19.9", JAN, null)), List.of()), JAN);
        assertThat(article.content().prices().getFirst().amount()).isEqualTo(new BigDecimal("19.90"));

        assertThat(article.replaceWith(content(List.of(price("WEB", "EUR", "19.90", JAN, null)), List.of()), JUL)).isFalse();
        assertThat(article.replaceWith(content(List.of(price("WEB", "EUR", "18", JAN, null)), List.of()), JUL)).isTrue();
        assertThat(article.content().prices().getFirst().amount()).isEqualTo(new BigDecimal("18.00"));
    }

    @Test
    void aRejectedReplacementLeavesTheArticleAsItWas() {
        Article article = Article.create(SKU, content(List.of(price("WEB", "EUR", "5", JAN, null)), List.of()), JAN);
        ArticleContent before = article.content();

        assertThatThrownBy(() -> article.replaceWith(content(List.of(price("WEB", "EUR", "-5", JAN, null)), List.of()), JUL))
                .isInstanceOf(RuleViolation.class);
        assertThat(article.content()).isEqualTo(before);
    }
}
