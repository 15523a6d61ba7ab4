package com.omnidom.returns.returnorder.domain;

import java.util.Objects;
import java.util.UUID;

/** A return order's id: the last segment of its URL and {@code returnId} in events. */
public record ReturnId(UUID value) {

    public ReturnId {
        Objects.requireNonNull(value, "return id");
    }

    public static ReturnId random() {
        return new ReturnId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
