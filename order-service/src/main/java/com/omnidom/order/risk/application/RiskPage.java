package com.omnidom.order.risk.application;

import java.util.List;

/** One page of a risk list, numbered from 0. */
public record RiskPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> RiskPage<T> of(List<T> items, int page, int size, long totalItems) {
        return new RiskPage<>(List.copyOf(items), page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
