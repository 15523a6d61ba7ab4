package com.omnidom.catalog.location.domain;

import com.omnidom.catalog.shared.domain.Checks;
import com.omnidom.kernel.RuleViolation;

/** A delivery location's id, e.g. {@code STORE-DE-BERLIN-01}: also its Kafka key and the last segment of its URL. */
public record LocationId(String value) {

    public LocationId {
        if (!Checks.isId(value)) throw new RuleViolation("id", "must be 1 to 64 letters, digits, '.', '_' or '-'");
    }

    @Override
    public String toString() {
        return value;
    }
}
