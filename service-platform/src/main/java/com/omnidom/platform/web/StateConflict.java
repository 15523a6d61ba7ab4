package com.omnidom.platform.web;

/** The request contradicts the resource's current state (exists already, changed meanwhile, too late): 409. */
public class StateConflict extends RuntimeException {

    public StateConflict(String message) {
        super(message);
    }
}
