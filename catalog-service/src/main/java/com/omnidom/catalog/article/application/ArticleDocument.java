package com.omnidom.catalog.article.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.omnidom.catalog.article.domain.ArticleKind;
import com.omnidom.catalog.article.domain.TaxCategory;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An article as clients write it, over REST and in NDJSON imports. Bean Validation checks presence and
 * sizes (400); the business rules (SKU pattern, prices, references) are the domain's (422).
 */
@Schema(name = "Article", description = "An article as written by clients")
public record ArticleDocument(
        @Schema(example = "A-000123", description = "SKU: 1 to 64 of A-Z a-z 0-9 . _ -")
        @NotBlank @Size(max = 64) String sku,
        @NotNull ArticleKind kind,
        @NotNull @Size(max = 50) List<@Valid @NotNull Text> texts,
        @Size(max = 50) List<@NotBlank @Size(max = 2048) String> imageUrls,
        @Schema(description = "ISO 3166-1 alpha-2 codes of the countries where the article is sold")
        @Size(max = 250) List<@NotBlank @Size(max = 2) String> regions,
        Instant validFrom,
        Instant validUntil,
        @Schema(description = "Bundle components; each must exist and the bundle must not contain itself")
        @Size(max = 100) List<@Valid @NotNull Component> components,
        @Schema(description = "SKUs of accessories; each must exist")
        @Size(max = 200) List<@NotBlank @Size(max = 64) String> accessories,
        @Schema(description = "Prices per channel and currency; validities of one channel and currency must not overlap")
        @Size(max = 500) List<@Valid @NotNull Price> prices,
        @Schema(description = "Defaults to true") Boolean active,
        @Schema(description = "Chooses the tax rule with the country and the day of supply; defaults to STANDARD")
        TaxCategory taxCategory) {

    /** A document without a tax category (STANDARD). */
    public ArticleDocument(String sku, ArticleKind kind, List<Text> texts, List<String> imageUrls, List<String> regions,
                           Instant validFrom, Instant validUntil, List<Component> components, List<String> accessories,
                           List<Price> prices, Boolean active) {
        this(sku, kind, texts, imageUrls, regions, validFrom, validUntil, components, accessories, prices, active, null);
    }

    /** Name and description in one language. */
    @Schema(name = "ArticleText")
    public record Text(
            @Schema(example = "de") @NotBlank @Size(max = 35) String language,
            @NotBlank @Size(max = 500) String name,
            @Size(max = 10_000) String description) {
    }

    /** A component of a bundle. */
    @Schema(name = "ArticleComponent")
    public record Component(@NotBlank @Size(max = 64) String sku, @NotNull Integer quantity) {
    }

    /** A price valid in [validFrom, validUntil); null ends are open. */
    @Schema(name = "ArticlePrice")
    public record Price(
            @Schema(example = "WEB") @NotBlank @Size(max = 32) String channel,
            @Schema(example = "EUR") @NotBlank @Size(max = 3) String currency,
            @Schema(type = "string", example = "19.99", description = "Decimal string; >= 0, at most the currency's decimals")
            @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull BigDecimal amount,
            Instant validFrom,
            Instant validUntil) {
    }
}
