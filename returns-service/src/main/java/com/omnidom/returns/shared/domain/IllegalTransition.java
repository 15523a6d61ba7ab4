package com.omnidom.returns.shared.domain;

/** A state machine was asked for a step its current state does not allow; nothing was changed. */
public class IllegalTransition extends RuntimeException {

    public IllegalTransition(String message) {
        super(message);
    }
}
