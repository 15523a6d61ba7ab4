package com.omnidom.kernel;

import com.omnidom.kernel.RuleViolation.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleViolationTest {

    @Test
    void namesEveryFieldAtFaultAndTheFirstInItsMessage() {
        RuleViolation e = new RuleViolation(List.of(new Violation("lines[0].quantity", "must be positive"),
                new Violation("currency", "is required")));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("lines[0].quantity", "currency");
        assertThat(e).hasMessage("lines[0].quantity: must be positive");
        assertThat(e).as("never retried as an event").isInstanceOf(IllegalArgumentException.class);
        assertThat(new RuleViolation("sku", "is unknown").violations()).containsExactly(new Violation("sku", "is unknown"));
    }

    @Test
    void rejectionsCollectEveryBrokenRuleBeforeThrowing() {
        Rejections rejections = new Rejections()
                .check(true, "name", "is required")
                .check(false, "price", "must not be negative")
                .check(false, "currency", "is not ISO 4217");
        assertThat(rejections.isEmpty()).isFalse();
        assertThatThrownBy(rejections::throwIfAny).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.violations()).containsExactly(new Violation("price", "must not be negative"),
                        new Violation("currency", "is not ISO 4217")));
    }

    @Test
    void rejectionsWithNothingFoundDoNotThrow() {
        Rejections rejections = new Rejections().check(true, "name", "is required");
        assertThat(rejections.isEmpty()).isTrue();
        assertThat(rejections.violations()).isEmpty();
        assertThatCode(rejections::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void illegalTransitionSaysWhatWasAttemptedInWhichState() {
        enum Status { REFUNDED }
        IllegalTransition e = new IllegalTransition("return", Status.REFUNDED, "cancel");
        assertThat(e).hasMessage("cannot cancel return in state REFUNDED");
        assertThat(e.subject()).isEqualTo("return");
        assertThat(e.currentState()).isEqualTo(Status.REFUNDED);
        assertThat(e.action()).isEqualTo("cancel");
        assertThat(new IllegalTransition("already refunded")).hasMessage("already refunded");
    }
}
