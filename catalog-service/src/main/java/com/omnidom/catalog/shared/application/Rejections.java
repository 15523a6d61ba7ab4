package com.omnidom.catalog.shared.application;

import com.omnidom.catalog.shared.domain.RuleViolation;
import com.omnidom.catalog.shared.domain.Violation;
import com.omnidom.platform.web.FieldProblem;
import com.omnidom.platform.web.InvalidRequest;

import java.util.List;
import java.util.function.Supplier;

/** Domain rule violations become the platform's 422 answer, naming every field at fault. */
public final class Rejections {

    private Rejections() {
    }

    public static InvalidRequest invalid(List<Violation> violations) {
        return new InvalidRequest(violations.stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
    }

    /** Runs a domain step, turning a {@link RuleViolation} into an {@link InvalidRequest}. */
    public static <T> T ruled(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuleViolation e) {
            throw invalid(e.violations());
        }
    }
}
