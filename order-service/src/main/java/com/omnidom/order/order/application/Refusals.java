package com.omnidom.order.order.application;

import com.omnidom.kernel.IllegalTransition;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.platform.web.FieldProblem;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.StateConflict;

import java.util.function.Supplier;

/**
 * The one place order-service answers the domain's refusals: broken rules (422, each field named) and steps the
 * order's state does not allow (409 saying why). Nothing was changed when either is thrown.
 */
final class Refusals {

    private Refusals() {
    }

    static <T> T answered(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuleViolation e) {
            throw new InvalidRequest(e.violations().stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
        } catch (IllegalTransition e) {
            throw new StateConflict(e.getMessage());
        }
    }

    static void answered(Runnable action) {
        answered(() -> {
            action.run();
            return null;
        });
    }
}
