package com.omnidom.returns.shared.domain;

import java.util.List;

/** Input that breaks one or more rules; nothing was changed when this is thrown. */
public class RuleViolation extends RuntimeException {

    private final List<Violation> violations;

    public RuleViolation(List<Violation> violations) {
        super(violations.isEmpty() ? "rule violated" : violations.getFirst().field() + ": " + violations.getFirst().message());
        this.violations = List.copyOf(violations);
    }

    public RuleViolation(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
