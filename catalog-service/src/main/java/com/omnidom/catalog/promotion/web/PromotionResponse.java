package com.omnidom.catalog.promotion.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.omnidom.catalog.promotion.application.PromotionDocument;
import com.omnidom.catalog.promotion.application.PromotionDocuments;
import com.omnidom.catalog.promotion.domain.PromotionKind;
import com.omnidom.catalog.promotion.domain.PromotionSnapshot;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A promotion as stored: the written document plus its version. */
@Schema(name = "StoredPromotion")
public record PromotionResponse(
        String id,
        @Schema(description = "Upper case; null for an automatic promotion") String code,
        List<PromotionDocument.Name> names,
        Instant validFrom,
        Instant validUntil,
        List<String> channels,
        String currency,
        PromotionKind kind,
        @Schema(type = "string") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percent,
        @Schema(type = "string") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @Schema(type = "string") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minimumOrderValue,
        List<String> skus,
        Integer minimumQuantity,
        boolean active,
        @Schema(description = "Increases with every change") long version) {

    static PromotionResponse of(PromotionSnapshot snapshot) {
        PromotionDocument d = PromotionDocuments.toDocument(snapshot);
        return new PromotionResponse(d.id(), d.code(), d.names(), d.validFrom(), d.validUntil(), d.channels(),
                d.currency(), d.kind(), d.percent(), d.amount(), d.minimumOrderValue(), d.skus(), d.minimumQuantity(),
                d.active(), snapshot.version());
    }
}
