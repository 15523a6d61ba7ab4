package com.omnidom.kernel;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a list, numbered from 0, with the totals a client needs to page through it. This is the shape every
 * service's list endpoints answer with ({@code items, page, size, totalItems, totalPages}); {@code totalPages} is
 * derived from the other numbers.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (page < 0) throw new IllegalArgumentException("page must not be negative");
        if (size < 1) throw new IllegalArgumentException("size must be at least 1");
        if (totalItems < 0) throw new IllegalArgumentException("totalItems must not be negative");
    }

    /** A page with {@code totalPages} computed from {@code total} and {@code size}. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, pages(total, size));
    }

    public static <T> Page<T> of(List<T> items, int page, int size, long total) {
        return new Page<>(items, page, size, total);
    }

    /** Every item on one page (a list that is not paged further). */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, 0, Math.max(items.size(), 1), items.size());
    }

    /** How many items matched in all (same as {@link #totalItems()}). */
    public long total() {
        return totalItems;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }

    private static int pages(long total, int size) {
        if (size < 1) throw new IllegalArgumentException("size must be at least 1");
        return Math.toIntExact((total + size - 1) / size);
    }
}
