package com.omnidom.returns.shared.application;

import com.omnidom.platform.web.FieldProblem;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.StateConflict;
import com.omnidom.returns.shared.domain.IllegalTransition;
import com.omnidom.returns.shared.domain.RuleViolation;
import com.omnidom.returns.shared.domain.Violation;

import java.util.List;
import java.util.function.Supplier;

/** Domain rejections become the platform's answers: broken rules 422 naming every field, wrong states 409. */
public final class Rejections {

    private Rejections() {
    }

    public static InvalidRequest invalid(List<Violation> violations) {
        return new InvalidRequest(violations.stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
    }

    /** Runs a domain step, turning a {@link RuleViolation} into 422 and an {@link IllegalTransition} into 409. */
    public static <T> T ruled(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuleViolation e) {
            throw invalid(e.violations());
        } catch (IllegalTransition e) {
            throw new StateConflict(e.getMessage());
        }
    }
}
