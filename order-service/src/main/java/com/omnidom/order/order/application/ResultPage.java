package com.omnidom.order.order.application;

import java.util.List;

/** One page of a list, numbered from 0, with the totals a client needs to page through it. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> ResultPage<T> of(List<T> items, int page, int size, long totalItems) {
        return new ResultPage<>(List.copyOf(items), page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
