package com.omnidom.order.order.domain;

import com.omnidom.order.order.domain.BundleAllocation.Component;
import com.omnidom.order.order.domain.BundleAllocation.Part;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
            assertThat(parts).as(seen).allSatisfy(p -> {
                assertThat(p.quantity()).isPositive();
                assertThat(p.unitPrice().signum()).isNotNegative();
                assertThat(p.unitPrice().scale()).isEqualTo(scale);
            });
        }
    }

    private static BigDecimal total(List<Part> parts) {
        return parts.stream().map(p -> p.unitPrice().multiply(BigDecimal.valueOf(p.quantity()))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
