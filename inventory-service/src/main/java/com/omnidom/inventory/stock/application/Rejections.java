package com.omnidom.inventory.stock.application;

import com.omnidom.inventory.stock.domain.InvalidStock;
import com.omnidom.platform.web.InvalidRequest;

import java.util.function.Supplier;

/** Stock rule violations on REST input become the platform's 422 answer naming the field. */
public final class Rejections {

    private Rejections() {
    }

    public static <T> T ruled(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidStock e) {
            throw new InvalidRequest(e.field(), e.reason());
        }
    }
}
