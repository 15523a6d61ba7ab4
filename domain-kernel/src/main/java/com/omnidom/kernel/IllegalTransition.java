package com.omnidom.kernel;

/**
 * A state machine was asked for a step its current state does not allow; nothing was changed. The platform answers
 * it with 409.
 */
public class IllegalTransition extends RuntimeException {

    private final String subject;
    private final transient Object currentState;
    private final String action;

    /** E.g. {@code new IllegalTransition("return", ReturnStatus.REFUNDED, "cancel")}: "cannot cancel return in state REFUNDED". */
    public IllegalTransition(String subject, Object currentState, String action) {
        super("cannot " + action + " " + subject + " in state " + currentState);
        this.subject = subject;
        this.currentState = currentState;
        this.action = action;
    }

    public IllegalTransition(String message) {
        super(message);
        this.subject = null;
        this.currentState = null;
        this.action = null;
    }

    /** What the step was attempted on, or null when only a message was given. */
    public String subject() {
        return subject;
    }

    /** The state that refused the step, or null when only a message was given. */
    public Object currentState() {
        return currentState;
    }

    /** The step attempted, or null when only a message was given. */
    public String action() {
        return action;
    }
}
