package com.omnidom.order.order.domain;

import com.omnidom.order.order.domain.DiscountAllocation.Applied;
import com.omnidom.order.order.domain.DiscountAllocation.Grant;
import com.omnidom.order.order.domain.DiscountAllocation.Line;
import com.omnidom.order.order.domain.DiscountAllocation.Part;
import com.omnidom.order.order.domain.DiscountAllocation.Result;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DiscountAllocationTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static BigDecimal total(List<Part> parts) {
        return parts.stream().map(p -> p.unitPrice().multiply(BigDecimal.valueOf(p.quantity()))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void anOrderAmountIsSpreadByLineValueWithTheLeftoverCentToTheLargestRemainder() {
        // 10.00 off 30.00 + 60.00 + 10.00: 3.00 / 6.00 / 1.00 exactly; 10.01 off: the cent to the largest remainder
        Result even = DiscountAllocation.allocate(List.of(new Line(1, d("30.00")), new Line(2, d("30.00")), new Line(1, d("10.00"))),
                List.of(Grant.amount("AUTO", "Auto", d("10.00"), Set.of(0, 1, 2))), 2);
        assertThat(even.parts()).extracting(Part::unitPrice).containsExactly(d("27.00"), d("27.00"), d("9.00"));
        assertThat(even.parts().get(1).discounts()).containsExactly(new Applied("AUTO", "Auto", d("6.00")));

        Result odd = DiscountAllocation.allocate(List.of(new Line(1, d("10.00")), new Line(1, d("10.00")), new Line(1, d("10.00"))),
                List.of(Grant.amount("C", "C", d("1.00"), Set.of(0, 1, 2))), 2);
        assertThat(odd.parts()).extracting(p -> p.discounts().getFirst().amount()).containsExactly(d("0.34"), d("0.33"), d("0.33"));
        assertThat(total(odd.parts())).isEqualByComparingTo("29.00");
    }

    @Test
    void aLineDiscountThatDoesNotDivideByTheUnitsSplitsTheLine() {
        // 7 × 19.99 = 139.93, 15 % = 20.99 (20.9895 half up): 118.94 = 1 × 17.00 + 6 × 16.99
        Result r = DiscountAllocation.allocate(List.of(new Line(7, d("19.99"))),
                List.of(Grant.percent("WINTER15", "Winter", d("15"), null, Set.of(0))), 2);
        assertThat(r.granted()).containsExactly(d("20.99"));
        assertThat(r.parts()).extracting(Part::quantity, Part::unitPrice).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, d("17.00")), org.assertj.core.groups.Tuple.tuple(6, d("16.99")));
        assertThat(r.parts().get(0).discounts()).containsExactly(new Applied("WINTER15", "Winter", d("2.99")));
        assertThat(r.parts().get(1).discounts()).containsExactly(new Applied("WINTER15", "Winter", d("18.00")));
        assertThat(total(r.parts())).isEqualByComparingTo("118.94");
    }

    @Test
    void aMinimumNotReachedSkipsTheGrantAndNoDiscountTakesALineBelowZero() {
        Result r = DiscountAllocation.allocate(List.of(new Line(1, d("40.00"))),
                List.of(Grant.percent("MIN50", "x", d("10"), d("50.00"), Set.of(0)), Grant.amount("BIG", "y", d("100.00"), Set.of(0))), 2);
        assertThat(r.granted()).containsExactly(d("0.00"), d("40.00"));
        assertThat(r.parts()).extracting(Part::unitPrice).containsExactly(d("0.00"));
    }

    @Test
    void percentagesCompoundInTheOrderGivenAndYenHasNoCents() {
        Result r = DiscountAllocation.allocate(List.of(new Line(3, d("1000"))),
                List.of(Grant.percent("L", "l", d("10"), null, Set.of(0)), Grant.percent("O", "o", d("10"), null, Set.of(0))), 0);
        assertThat(r.granted()).containsExactly(d("300"), d("270"));
        assertThat(total(r.parts())).isEqualByComparingTo("2430");
    }

    /** 5 000 random orders and discounts: every part's price exact and not negative, every sum adds up. */
    @Test
    void seededPropertyTheDiscountedLinesAddUpExactly() {
        Random random = new Random(20261207);
        for (int run = 0; run < 5_000; run++) {
            int scale = random.nextInt(4) == 0 ? 0 : 2;
            List<Line> lines = IntStream.range(0, 1 + random.nextInt(6))
                    .mapToObj(i -> new Line(1 + random.nextInt(999), BigDecimal.valueOf(random.nextInt(100_000), scale))).toList();
            List<Grant> grants = new ArrayList<>();
            for (int g = 0; g < random.nextInt(5); g++) {
                Set<Integer> targets = new HashSet<>();
                IntStream.range(0, lines.size()).filter(i -> random.nextBoolean()).forEach(targets::add);
                if (targets.isEmpty() || random.nextInt(3) == 0) targets = IntStream.range(0, lines.size()).boxed().collect(Collectors.toSet());
                grants.add(random.nextBoolean()
                        ? Grant.amount("A" + g, "a", BigDecimal.valueOf(random.nextInt(2_000_000), scale), targets)
                        : Grant.percent("P" + g, "p", BigDecimal.valueOf(1 + random.nextInt(10_000), 2),
                        random.nextInt(4) == 0 ? BigDecimal.valueOf(random.nextInt(500_000), scale) : null, targets));
            }
            Result r = DiscountAllocation.allocate(lines, grants, scale);

            BigDecimal before = lines.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity()))).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal granted = r.granted().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total(r.parts())).as("run %d", run).isEqualByComparingTo(before.subtract(granted));
            for (int i = 0; i < lines.size(); i++) {
                int line = i;
                List<Part> parts = r.parts().stream().filter(p -> p.line() == line).toList();
                assertThat(parts.stream().mapToInt(Part::quantity).sum()).isEqualTo(lines.get(i).quantity());
                assertThat(parts.size()).isBetween(1, 2);
                for (Part p : parts) {
                    assertThat(p.unitPrice().signum()).isGreaterThanOrEqualTo(0);
                    assertThat(p.unitPrice().scale()).isEqualTo(scale);
                    BigDecimal off = lines.get(i).unitPrice().subtract(p.unitPrice()).multiply(BigDecimal.valueOf(p.quantity()));
                    assertThat(p.discounts().stream().map(Applied::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                            .as("run %d line %d: the part's discounts are what it lost", run, i).isEqualByComparingTo(off);
                    assertThat(p.discounts()).allMatch(a -> a.amount().signum() > 0);
                }
                if (parts.size() == 2) {
                    assertThat(parts.get(0).unitPrice().subtract(parts.get(1).unitPrice())).isEqualByComparingTo(BigDecimal.ONE.movePointLeft(scale));
                }
            }
            for (int g = 0; g < grants.size(); g++) {
                String code = grants.get(g).code();
                BigDecimal onLines = r.parts().stream().flatMap(p -> p.discounts().stream()).filter(a -> a.code().equals(code))
                        .map(Applied::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(onLines).as("run %d grant %s", run, code).isEqualByComparingTo(r.granted().get(g));
            }
        }
    }
}
