package com.omnidom.order.order.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Takes discounts off an order's lines, exactly to the smallest unit of the currency, so that what downstream reads —
 * each line's unit price × quantity — adds up to what the customer pays.
 * <p>
 * Discounts are taken in the order given (the caller puts line-level ones first). Each applies to a set of lines and
 * is worth a fixed amount or a percentage of what those lines are worth at that point (rounded half up to the cent,
 * so percentages compound); it is capped at what they are worth (no line goes below 0), and one with a minimum value
 * its lines do not reach is skipped. The amount is spread over its lines by their current value: floor division in
 * the smallest unit, the cents left over one each to the largest remainders (ties: the earlier line). Then each line's
 * value is spread over its units; when it does not divide, the line becomes two (as {@link BundleAllocation}): the
 * units left over one cent dearer first, the rest at the lower price. A split line's discounts are divided between its
 * two parts in their order (the dearer part takes the first discounts up to its share), so each part's discounts add
 * up to quantity × (list price − unit price).
 */
public final class DiscountAllocation {

    private DiscountAllocation() {
    }

    /** A line before discounts: {@code quantity} units at {@code unitPrice} (the currency's scale at most). */
    public record Line(int quantity, BigDecimal unitPrice) {
    }

    /**
     * A discount on the lines {@code lines} (indexes): {@code amount} off, or {@code percent} (0..100) of their value;
     * {@code minimum} the value they must reach (null: none).
     */
    public record Grant(String code, String name, BigDecimal amount, BigDecimal percent, BigDecimal minimum, Set<Integer> lines) {

        public static Grant amount(String code, String name, BigDecimal amount, Set<Integer> lines) {
            return new Grant(code, name, amount, null, null, lines);
        }

        public static Grant percent(String code, String name, BigDecimal percent, BigDecimal minimum, Set<Integer> lines) {
            return new Grant(code, name, null, percent, minimum, lines);
        }
    }

    /** A discount as granted on one line (or part of a line): {@code amount} for all its units. */
    public record Applied(String code, String name, BigDecimal amount) {
    }

    /** A resulting line: {@code quantity} units of the given line {@code line} at {@code unitPrice}, with its discounts. */
    public record Part(int line, int quantity, BigDecimal unitPrice, List<Applied> discounts) {
    }

    /**
     * @param grants taken in this order; the amounts actually granted are in {@link Result#granted()} (0 when skipped
     *               or worth nothing)
     */
    public record Result(List<Part> parts, List<BigDecimal> granted) {
    }

    public static Result allocate(List<Line> lines, List<Grant> grants, int scale) {
        BigInteger[] value = new BigInteger[lines.size()];
        List<List<Applied>> perLine = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            value[i] = minor(l.unitPrice(), scale).multiply(BigInteger.valueOf(l.quantity()));
            perLine.add(new ArrayList<>());
        }
        List<BigDecimal> granted = new ArrayList<>();
        for (Grant g : grants) {
            List<Integer> targets = g.lines().stream().filter(i -> i >= 0 && i < lines.size()).sorted().toList();
            BigInteger base = targets.stream().map(i -> value[i]).reduce(BigInteger.ZERO, BigInteger::add);
            BigInteger amount;
            if (g.minimum() != null && base.compareTo(minor(g.minimum(), scale)) < 0) {
                amount = BigInteger.ZERO;
            } else if (g.percent() != null) {
                amount = new BigDecimal(base).multiply(g.percent()).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                        .toBigIntegerExact();
            } else {
                amount = minor(g.amount(), scale);
            }
            amount = amount.min(base);
            granted.add(new BigDecimal(amount, scale));
            if (amount.signum() == 0) continue;
            BigInteger[] shares = spread(amount, targets.stream().map(i -> value[i]).toList());
            for (int k = 0; k < targets.size(); k++) {
                int i = targets.get(k);
                if (shares[k].signum() == 0) continue;
                value[i] = value[i].subtract(shares[k]);
                perLine.get(i).add(new Applied(g.code(), g.name(), new BigDecimal(shares[k], scale)));
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int quantity = lines.get(i).quantity();
            BigInteger[] perUnit = value[i].divideAndRemainder(BigInteger.valueOf(quantity));
            int dearer = perUnit[1].intValueExact();
            List<Applied> discounts = perLine.get(i);
            if (dearer == 0) {
                parts.add(new Part(i, quantity, new BigDecimal(perUnit[0], scale), List.copyOf(discounts)));
                continue;
            }
            BigInteger listUnit = minor(lines.get(i).unitPrice(), scale);
            BigInteger high = perUnit[0].add(BigInteger.ONE);
            BigInteger highShare = listUnit.subtract(high).multiply(BigInteger.valueOf(dearer));
            List<List<Applied>> split = split(discounts, highShare, scale);
            parts.add(new Part(i, dearer, new BigDecimal(high, scale), split.get(0)));
            parts.add(new Part(i, quantity - dearer, new BigDecimal(perUnit[0], scale), split.get(1)));
        }
        return new Result(parts, granted);
    }

    /** {@code amount} over {@code weights} in proportion, floor, leftovers to the largest remainders (ties: earlier). */
    private static BigInteger[] spread(BigInteger amount, List<BigInteger> weights) {
        BigInteger sum = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger[] shares = new BigInteger[weights.size()];
        BigInteger[] remainders = new BigInteger[weights.size()];
        BigInteger given = BigInteger.ZERO;
        for (int k = 0; k < weights.size(); k++) {
            BigInteger[] qr = amount.multiply(weights.get(k)).divideAndRemainder(sum);
            shares[k] = qr[0];
            remainders[k] = qr[1];
            given = given.add(qr[0]);
        }
        int left = amount.subtract(given).intValueExact();
        List<Integer> byRemainder = IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.<Integer, BigInteger>comparing(k -> remainders[k]).reversed().thenComparing(k -> k)).toList();
        for (int n = 0; n < left; n++) {
            int k = byRemainder.get(n);
            shares[k] = shares[k].add(BigInteger.ONE);
        }
        return shares;
    }

    /** The discounts in their order: the first {@code first} (minor units) to the first part, the rest to the second. */
    private static List<List<Applied>> split(List<Applied> discounts, BigInteger first, int scale) {
        List<Applied> a = new ArrayList<>();
        List<Applied> b = new ArrayList<>();
        BigInteger open = first;
        for (Applied d : discounts) {
            BigInteger amount = minor(d.amount(), scale);
            BigInteger toA = amount.min(open);
            open = open.subtract(toA);
            if (toA.signum() > 0) a.add(new Applied(d.code(), d.name(), new BigDecimal(toA, scale)));
            BigInteger toB = amount.subtract(toA);
            if (toB.signum() > 0) b.add(new Applied(d.code(), d.name(), new BigDecimal(toB, scale)));
        }
        return List.of(List.copyOf(a), List.copyOf(b));
    }

    private static BigInteger minor(BigDecimal amount, int scale) {
        return amount.setScale(scale, RoundingMode.UNNECESSARY).movePointRight(scale).toBigIntegerExact();
    }
}
