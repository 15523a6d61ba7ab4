package com.omnidom.order.order.domain;

/** A service action the order's progress no longer allows (cancel after shipment, change the address after assignment). */
public class TooLate extends RuntimeException {

    public TooLate(String message) {
        super(message);
    }
}
