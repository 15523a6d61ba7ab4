package com.omnidom.kernel;

import com.omnidom.kernel.RuleViolation.Violation;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one input, so one answer names all fields at fault, not just the first. */
public class Rejections {

    private final List<Violation> found = new ArrayList<>();

    public Rejections check(boolean ok, String field, String message) {
        if (!ok) found.add(new Violation(field, message));
        return this;
    }

    public Rejections add(Violation violation) {
        found.add(violation);
        return this;
    }

    public Rejections addAll(List<Violation> violations) {
        found.addAll(violations);
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> violations() {
        return List.copyOf(found);
    }

    /** @throws RuleViolation naming everything found so far, if anything was */
    public void throwIfAny() {
        if (!found.isEmpty()) throw new RuleViolation(found);
    }
}
