package com.omnidom.order.order.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Spreads an ordered bundle line's price over its components, exactly to the smallest unit of the currency.
 * <p>
 * The line's total (quantity × unit price) is divided in proportion to each component's weight × its quantity per
 * bundle (weights: the components' catalog prices, see the caller); the cents the floor division leaves over go one
 * each to the components with the largest remainders (ties: the earlier component). A component's share is then
 * spread over its units; when it does not divide evenly, the component becomes two lines: {@code r} units one cent
 * dearer and the others at the lower price. So Σ quantity × unit price of the parts equals the line's total.
 * <p>
 * A component that is a bundle itself ({@link Nested}) is exploded the same way, level by level: each of its parts
 * is a bundle line of its own, its total spread over its components by the same rule, down to the leaves. Every level
 * keeps its total to the cent, so the leaves add up to the ordered line's total.
 */
public final class BundleAllocation {

    private BundleAllocation() {
    }

    /** A component: {@code quantityPerBundle} units per bundle, {@code weight} per unit (≥ 0). */
    public record Component(String sku, int quantityPerBundle, BigDecimal weight) {
    }

    /**
     * A component that may be a bundle itself: {@code components} empty for an article, else what one unit of it is
     * made of (nesting is bounded by the caller, which refuses cycles).
     */
    public record Nested(String sku, int quantityPerBundle, BigDecimal weight, List<Nested> components) {

        public Nested {
            components = List.copyOf(components);
        }

        Component component() {
            return new Component(sku, quantityPerBundle, weight);
        }
    }

    /** A resulting line: {@code quantity} units of {@code sku} at {@code unitPrice}. */
    public record Part(String sku, int quantity, BigDecimal unitPrice) {
    }

    /**
     * @param scale the currency's decimals (EUR 2, JPY 0); {@code bundleUnitPrice} has at most as many
     * @return the parts, components in the given order; a component's dearer part first
     */
    public static List<Part> allocate(int bundleQuantity, BigDecimal bundleUnitPrice, int scale, List<Component> components) {
        return perComponent(bundleQuantity, bundleUnitPrice, scale, components).stream().flatMap(List::stream).toList();
    }

    /**
     * Like {@link #allocate}, a nested bundle's parts exploded into its components' again, level by level.
     *
     * @return the leaves' parts, depth first in the given order
     */
    public static List<Part> allocateNested(int bundleQuantity, BigDecimal bundleUnitPrice, int scale, List<Nested> components) {
        List<List<Part>> shares = perComponent(bundleQuantity, bundleUnitPrice, scale,
                components.stream().map(Nested::component).toList());
        List<Part> leaves = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Nested component = components.get(i);
            for (Part part : shares.get(i)) {
                if (component.components().isEmpty()) leaves.add(part);
                else leaves.addAll(allocateNested(part.quantity(), part.unitPrice(), scale, component.components()));
            }
        }
        return leaves;
    }

    /** Each component's parts (one, or two when its share does not divide by its units), in the given order. */
    private static List<List<Part>> perComponent(int bundleQuantity, BigDecimal bundleUnitPrice, int scale,
                                                 List<Component> components) {
        if (components.isEmpty()) throw new IllegalArgumentException("a bundle has components");
        BigInteger total = bundleUnitPrice.movePointRight(scale).toBigIntegerExact().multiply(BigInteger.valueOf(bundleQuantity));
        List<BigDecimal> weights = components.stream()
                .map(c -> c.weight().multiply(BigDecimal.valueOf(c.quantityPerBundle()))).toList();
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            // all components free in the catalog: by units
            weights = components.stream().map(c -> BigDecimal.valueOf(c.quantityPerBundle())).toList();
            sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        BigDecimal exactTotal = new BigDecimal(total);
        BigInteger[] shares = new BigInteger[components.size()];
        BigDecimal[] remainders = new BigDecimal[components.size()];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < components.size(); i++) {
            BigDecimal numerator = exactTotal.multiply(weights.get(i));
            BigDecimal floor = numerator.divide(sum, 0, RoundingMode.FLOOR);
            shares[i] = floor.toBigIntegerExact();
            remainders[i] = numerator.subtract(floor.multiply(sum));
            given = given.add(shares[i]);
        }
        int left = total.subtract(given).intValueExact();
        BigDecimal[] r = remainders;
        List<Integer> byRemainder = IntStream.range(0, components.size()).boxed()
                .sorted(Comparator.<Integer, BigDecimal>comparing(i -> r[i]).reversed().thenComparing(i -> i)).toList();
        for (int k = 0; k < left; k++) {
            int i = byRemainder.get(k);
            shares[i] = shares[i].add(BigInteger.ONE);
        }
        List<List<Part>> parts = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            List<Part> own = new ArrayList<>(2);
            BigInteger units = BigInteger.valueOf((long) c.quantityPerBundle() * bundleQuantity);
            BigInteger[] perUnit = shares[i].divideAndRemainder(units);
            int dearer = perUnit[1].intValueExact();
            if (dearer > 0) own.add(new Part(c.sku(), dearer, money(perUnit[0].add(BigInteger.ONE), scale)));
            own.add(new Part(c.sku(), units.intValueExact() - dearer, money(perUnit[0], scale)));
            parts.add(own);
        }
        return parts;
    }

    private static BigDecimal money(BigInteger minorUnits, int scale) {
        return new BigDecimal(minorUnits, scale);
    }
}
