package com.omnidom.catalog.promotion.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.omnidom.catalog.promotion.domain.PromotionKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A promotion as clients write it. Bean Validation checks presence and sizes (400); the business rules (percent
 * range, the currency's decimals, which fields go with which kind, SKUs exist, the code is free) are the domain's (422).
 */
@Schema(name = "Promotion", description = "A promotion as written by clients")
public record PromotionDocument(
        @Schema(example = "WINTER10-2026", description = "Id: 1 to 64 of A-Z a-z 0-9 . _ -")
        @NotBlank @Size(max = 64) String id,
        @Schema(example = "WINTER10", description = "Coupon code the order must name (stored upper case, unique); absent: automatic")
        @Size(max = 32) String code,
        @Schema(description = "Names per language; one without language stands for every language")
        @NotNull @Size(max = 50) List<@Valid @NotNull Name> names,
        @Schema(description = "Start (inclusive); absent: no start limit") Instant validFrom,
        @Schema(description = "End (exclusive); absent: open-ended") Instant validUntil,
        @Schema(description = "The catalog's price channels (WEB, STORE, ...); empty or absent: every channel")
        @Size(max = 50) List<@NotBlank @Size(max = 32) String> channels,
        @Schema(example = "EUR") @NotBlank @Size(max = 3) String currency,
        @NotNull PromotionKind kind,
        @Schema(type = "string", example = "10", description = "PERCENT kinds: more than 0, at most 100")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percent,
        @Schema(type = "string", example = "5.00", description = "AMOUNT kinds: off the order's goods or off each unit; at most the currency's decimals")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @Schema(type = "string", example = "50.00", description = "ORDER kinds: the goods must reach this value; absent: no minimum")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minimumOrderValue,
        @Schema(description = "LINE kinds: the SKUs whose units get the discount; each must exist")
        @Size(max = 500) List<@NotBlank @Size(max = 64) String> skus,
        @Schema(description = "LINE kinds: a line gets the discount from this many units; absent: 1") Integer minimumQuantity,
        @Schema(description = "Defaults to true") Boolean active) {

    /** The name in one language, or in every language without {@code language}. */
    @Schema(name = "PromotionName")
    public record Name(
            @Schema(example = "de") @Size(max = 35) String language,
            @NotBlank @Size(max = 200) String name) {
    }
}
