package com.omnidom.order.order.domain;

import com.omnidom.order.order.domain.BundleAllocation.Component;
import com.omnidom.order.order.domain.BundleAllocation.Nested;
import com.omnidom.order.order.domain.BundleAllocation.Part;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BundleAllocationTest {

    @Test
    void splitsByCatalogPricesAndGivesTheLeftOverCentToTheLargestRemainder() {
        // 49.99 over 30.00 + 20.00: 29.994 and 19.996 → 29.99 and 20.00 (the larger remainder takes the cent)
        List<Part> parts = BundleAllocation.allocate(1, new BigDecimal("49.99"), 2, List.of(
                new Component("MUG", 1, new BigDecimal("30.00")), new Component("SPOON", 1, new BigDecimal("20.00"))));

        assertThat(parts).containsExactly(new Part("MUG", 1, new BigDecimal("29.99")), new Part("SPOON", 1, new BigDecimal("20.00")));
    }

    @Test
    void aShareThatDoesNotDivideByTheUnitsBecomesTwoLines() {
        // 10.00 for 3 spoons: 1 at 3.34 and 2 at 3.33
        List<Part> parts = BundleAllocation.allocate(1, new BigDecimal("10.00"), 2, List.of(
                new Component("SPOON", 3, new BigDecimal("4.00"))));

        assertThat(parts).containsExactly(new Part("SPOON", 1, new BigDecimal("3.34")), new Part("SPOON", 2, new BigDecimal("3.33")));
    }

    @Test
    void componentsWithoutCatalogValueShareByUnitsAndCurrenciesWithoutDecimalsStayWhole() {
        List<Part> parts = BundleAllocation.allocate(2, new BigDecimal("1000"), 0, List.of(
                new Component("A", 1, BigDecimal.ZERO), new Component("B", 2, BigDecimal.ZERO)));

        // 2000 over units 1 : 2 → 667 and 1333; 667 over 2 units and 1333 over 4 do not divide: two lines each
        assertThat(parts).containsExactly(new Part("A", 1, new BigDecimal("334")), new Part("A", 1, new BigDecimal("333")),
                new Part("B", 1, new BigDecimal("334")), new Part("B", 3, new BigDecimal("333")));
        assertThat(total(parts)).isEqualByComparingTo("2000");
    }

    /** Property: whatever the prices, weights and quantities, the parts add up to the bundle line to the cent. */
    @Test
    void partsAlwaysAddUpExactlyToTheBundleLine() {
        Random random = new Random(20261207L);
        for (int run = 0; run < 5_000; run++) {
            int scale = random.nextInt(4) == 0 ? 0 : random.nextInt(4) == 0 ? 3 : 2;
            int quantity = 1 + random.nextInt(20);
            BigDecimal unitPrice = BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 100 : 1_000_000), scale);
            List<Component> components = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int k = 0; k < count; k++) {
                BigDecimal weight = random.nextInt(5) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(100_000), 2);
                components.add(new Component("C-" + k, 1 + random.nextInt(7), weight));
            }

            List<Part> parts = BundleAllocation.allocate(quantity, unitPrice, scale, components);

            String seen = "run " + run + ": " + quantity + " × " + unitPrice + " over " + components + " → " + parts;
            assertThat(total(parts)).as(seen).isEqualByComparingTo(unitPrice.multiply(BigDecimal.valueOf(quantity)));
            for (Component c : components) {
                assertThat(parts.stream().filter(p -> p.sku().equals(c.sku())).mapToInt(Part::quantity).sum()).as(seen)
                        .isEqualTo(c.quantityPerBundle() * quantity);
            }
            assertWellFormed(parts, scale, seen);
        }
    }

    @Test
    void aNestedBundleIsAllocatedLevelByLevel() {
        // 2 × 50.00 over a KIT (weight 40.00) and a BOX (20.00): 66.67 and 33.33 (larger remainder takes the cent);
        // the 2 KITs at 33.34 + 33.33 each over 2 × MUG (10.00) + 1 × SPOON (5.00): 26.67/6.67 and 26.66/6.67
        List<Part> parts = BundleAllocation.allocateNested(2, new BigDecimal("50.00"), 2, List.of(
                new Nested("KIT", 1, new BigDecimal("40.00"), List.of(
                        new Nested("MUG", 2, new BigDecimal("10.00"), List.of()),
                        new Nested("SPOON", 1, new BigDecimal("5.00"), List.of()))),
                new Nested("BOX", 1, new BigDecimal("20.00"), List.of())));

        assertThat(parts).containsExactly(
                new Part("MUG", 1, new BigDecimal("13.34")), new Part("MUG", 1, new BigDecimal("13.33")),
                new Part("SPOON", 1, new BigDecimal("6.67")),
                new Part("MUG", 2, new BigDecimal("13.33")), new Part("SPOON", 1, new BigDecimal("6.67")),
                new Part("BOX", 1, new BigDecimal("16.67")), new Part("BOX", 1, new BigDecimal("16.66")));
        assertThat(total(parts)).isEqualByComparingTo("100.00");
    }

    /**
     * Property: bundles nested up to three levels deep, whatever their prices, weights and quantities: the leaves add
     * up to the ordered line to the cent, and each leaf gets the units its path multiplies to.
     */
    @Test
    void nestedBundlesLeavesAlwaysAddUpExactlyToTheBundleLine() {
        Random random = new Random(20261208L);
        for (int run = 0; run < 3_000; run++) {
            int scale = random.nextInt(4) == 0 ? 0 : 2;
            int quantity = 1 + random.nextInt(9);
            BigDecimal unitPrice = BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 100 : 1_000_000), scale);
            int[] next = {0};
            List<Nested> components = randomComponents(random, 1, next);
            Map<String, Integer> expectedUnits = new HashMap<>();
            leafUnits(components, quantity, expectedUnits);

            List<Part> parts = BundleAllocation.allocateNested(quantity, unitPrice, scale, components);

            String seen = "run " + run + ": " + quantity + " × " + unitPrice + " over " + components + " → " + parts;
            assertThat(total(parts)).as(seen).isEqualByComparingTo(unitPrice.multiply(BigDecimal.valueOf(quantity)));
            Map<String, Integer> units = new HashMap<>();
            parts.forEach(p -> units.merge(p.sku(), p.quantity(), Integer::sum));
            assertThat(units).as(seen).isEqualTo(expectedUnits);
            assertWellFormed(parts, scale, seen);
        }
    }

    /** 1..4 components, each a bundle of its own with some chance while above level 3; SKUs unique per tree. */
    private static List<Nested> randomComponents(Random random, int level, int[] next) {
        List<Nested> components = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int k = 0; k < count; k++) {
            BigDecimal weight = random.nextInt(5) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(100_000), 2);
            boolean bundle = level < 3 && random.nextInt(3) == 0;
            components.add(new Nested("C-" + next[0]++, 1 + random.nextInt(4), weight,
                    bundle ? randomComponents(random, level + 1, next) : List.of()));
        }
        return components;
    }

    private static void leafUnits(List<Nested> components, int units, Map<String, Integer> into) {
        for (Nested c : components) {
            if (c.components().isEmpty()) into.merge(c.sku(), units * c.quantityPerBundle(), Integer::sum);
            else leafUnits(c.components(), units * c.quantityPerBundle(), into);
        }
    }

    /** Every part has units, a price not below 0, in the currency's decimals. */
    private static void assertWellFormed(List<Part> parts, int scale, String seen) {
        assertThat(parts).as(seen).allSatisfy(p -> {
            assertThat(p.quantity()).isPositive();
            assertThat(p.unitPrice().signum()).isNotNegative();
            assertThat(p.unitPrice().scale()).isEqualTo(scale);
        });
    }

    private static BigDecimal total(List<Part> parts) {
        return parts.stream().map(p -> p.unitPrice().multiply(BigDecimal.valueOf(p.quantity()))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
