package com.omnidom.order.order.domain;

import java.util.List;

/** An order that breaks one or more intake rules; nothing was created when this is thrown. */
public class OrderRuleViolation extends RuntimeException {

    private final List<Violation> violations;

    public OrderRuleViolation(List<Violation> violations) {
        super(violations.isEmpty() ? "rule violated" : violations.getFirst().field() + ": " + violations.getFirst().message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
