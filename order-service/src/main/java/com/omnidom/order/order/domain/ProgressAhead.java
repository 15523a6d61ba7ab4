package com.omnidom.order.order.domain;

/**
 * A fact that depends on another service's fact the order has not noted yet (an allocation for a fulfilment order
 * not yet assigned, a return of units not yet shipped): they travel on different topics, so wait for it.
 */
public class ProgressAhead extends RuntimeException {

    public ProgressAhead(String message) {
        super(message);
    }
}
