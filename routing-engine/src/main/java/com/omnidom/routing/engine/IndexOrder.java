package com.omnidom.routing.engine;

import java.util.Comparator;

/** Index sorts for the search's candidate lists: by cost, ties by rank or index, without boxing where keys pack into a long. */
final class IndexOrder {

    private IndexOrder() {
    }

    /** Sorts indices by a cost, then a rank below {@code ranks}, without boxing when the two pack into one long. */
    static int[] order(long[] cost, int[] rank, int ranks) {
        long limit = (1L << 42) / (ranks + 1L);
        boolean packable = true;
        for (long c : cost) packable &= c >= 0 && c < limit;
        if (packable) {
            long[] keys = new long[cost.length];
            for (int i = 0; i < cost.length; i++) keys[i] = cost[i] * (ranks + 1L) + rank[i];
            return order(keys);
        }
        Integer[] boxed = new Integer[cost.length];
        for (int i = 0; i < cost.length; i++) boxed[i] = i;
        java.util.Arrays.sort(boxed, Comparator.<Integer>comparingLong(i -> cost[i]).thenComparingInt(i -> rank[i]));
        int[] out = new int[cost.length];
        for (int i = 0; i < cost.length; i++) out[i] = boxed[i];
        return out;
    }

    /** Sorts indices by a non-negative key (ties by index) without boxing. */
    static int[] order(long[] keys) {
        int n = keys.length;
        if (n < (1 << 20)) {
            boolean packable = true;
            for (long key : keys) packable &= key >= 0 && key < (1L << 42);
            if (packable) {
                long[] packed = new long[n];
                for (int i = 0; i < n; i++) packed[i] = keys[i] << 20 | i;
                java.util.Arrays.sort(packed);
                int[] out = new int[n];
                for (int i = 0; i < n; i++) out[i] = (int) (packed[i] & ((1 << 20) - 1));
                return out;
            }
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) boxed[i] = i;
        java.util.Arrays.sort(boxed, Comparator.<Integer>comparingLong(i -> keys[i]).thenComparingInt(i -> i));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = boxed[i];
        return out;
    }
}
