package com.omnidom.routing.engine;

import java.time.Duration;

/**
 * Bounds of the branch-and-bound search; past one, the best plan found is returned, not proven optimal.
 *
 * @param alternatives how many next-best plans (with another set of locations) to keep for the explanation
 */
public record SearchLimits(long maxNodes, Duration timeLimit, int alternatives) {

    public static final SearchLimits DEFAULT = new SearchLimits(200_000, Duration.ofMillis(50), 3);

    public SearchLimits {
        if (maxNodes < 1) throw new IllegalArgumentException("maxNodes must be positive");
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("timeLimit must be positive");
        if (alternatives < 0) throw new IllegalArgumentException("alternatives must not be negative");
    }
}
