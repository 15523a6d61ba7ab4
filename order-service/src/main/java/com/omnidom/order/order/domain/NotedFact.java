package com.omnidom.order.order.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A fact the order noted and when it happened (microseconds: what PostgreSQL keeps, so answered equals read later). */
public record NotedFact(Instant at, OrderFact fact) {

    public NotedFact {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }
}
