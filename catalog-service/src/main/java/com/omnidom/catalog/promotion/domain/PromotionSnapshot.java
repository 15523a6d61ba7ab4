package com.omnidom.catalog.promotion.domain;

import java.time.Instant;

/** A promotion as stored at one version. */
public record PromotionSnapshot(PromotionId id, long version, PromotionContent content, Instant createdAt, Instant updatedAt) {
}
