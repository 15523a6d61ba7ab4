package com.omnidom.routing.fulfillment.domain;

/** The fulfilment order's current state (or mode) does not allow the requested step. */
public class TransitionNotAllowed extends RuntimeException {

    public TransitionNotAllowed(String message) {
        super(message);
    }
}
