package com.omnidom.routing.engine;

import java.time.LocalDate;
import java.util.Objects;

/** Units in transit to a location, usable from the day they arrive. */
public record Inbound(int quantity, LocalDate arrives) {

    public Inbound {
        Objects.requireNonNull(arrives, "arrives");
        if (quantity < 0) throw new IllegalArgumentException("quantity must not be negative");
    }
}
