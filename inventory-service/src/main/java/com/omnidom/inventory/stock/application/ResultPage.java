package com.omnidom.inventory.stock.application;

import java.util.List;
import java.util.function.Function;

/** One page of a list, numbered from 0, with the totals a client needs to page through it. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> ResultPage<T> of(List<T> items, int page, int size, long totalItems) {
        return new ResultPage<>(List.copyOf(items), page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
