package com.omnidom.catalog.article.domain;

import com.omnidom.catalog.shared.domain.Checks;
import com.omnidom.kernel.RuleViolation;

/** An article's id, the stock keeping unit: also its Kafka key and the last segment of its URL. */
public record Sku(String value) {

    public Sku {
        if (!Checks.isId(value)) throw new RuleViolation("sku", "must be 1 to 64 letters, digits, '.', '_' or '-'");
    }

    @Override
    public String toString() {
        return value;
    }
}
