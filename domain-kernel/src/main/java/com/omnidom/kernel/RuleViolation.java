package com.omnidom.kernel;

import java.util.List;
import java.util.Objects;

/**
 * Input that breaks one or more rules; nothing was changed when this is thrown. The platform answers it with 422,
 * naming every field at fault. An {@link IllegalArgumentException}, so an event carrying such input is dead-lettered
 * at once instead of being retried: the same input breaks the same rule every time.
 */
public class RuleViolation extends IllegalArgumentException {

    private final transient List<Violation> violations;

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

    /** A broken rule, with the field at fault named by its JSON path (e.g. {@code lines[1].quantity}). */
    public record Violation(String field, String message) {

        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }
}
