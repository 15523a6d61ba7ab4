package com.omnidom.catalog.promotion.domain;

import com.omnidom.catalog.shared.domain.Checks;
import com.omnidom.kernel.RuleViolation;

/** A promotion's id, chosen by the admin who writes it: also its Kafka key and the last segment of its URL. */
public record PromotionId(String value) {

    public PromotionId {
        if (!Checks.isId(value)) throw new RuleViolation("id", "must be 1 to 64 letters, digits, '.', '_' or '-'");
    }

    @Override
    public String toString() {
        return value;
    }
}
