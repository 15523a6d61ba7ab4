package com.omnidom.order.order.domain;

/** A downstream fact contradicts the order (more units than ordered, an unknown line): applying it again never helps. */
public class ImpossibleProgress extends RuntimeException {

    public ImpossibleProgress(String message) {
        super(message);
    }
}
