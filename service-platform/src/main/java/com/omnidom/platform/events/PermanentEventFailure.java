package com.omnidom.platform.events;

/** A record that will never be processed, however often it is retried: it goes straight to the dead-letter topic. */
public class PermanentEventFailure extends RuntimeException {

    public PermanentEventFailure(String message) {
        super(message);
    }

    public PermanentEventFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
