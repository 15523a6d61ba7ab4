package com.omnidom.routing.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** On small instances where every plan can be enumerated, the engine finds the cheapest allowed one. */
class RoutingEngineOptimalityTest {

    private final RoutingEngine engine = new RoutingEngine();
    private final FewestLocationsThenNearest baseline = new FewestLocationsThenNearest();

    static Stream<Arguments> seeds() {
        // more with -Drouting.engine.seeds=N
        return LongStream.rangeClosed(1, Long.getLong("routing.engine.seeds", 300)).mapToObj(Arguments::of);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalsTheBruteForceOptimumAndNeverLosesToTheBaseline(long seed) {
        SmallInstances.Instance instance = SmallInstances.generate(seed);
        RoutingProblem problem = instance.problem();
        RoutingProfile profile = instance.profile();

        Decision decision = engine.decide(problem, profile);
        Evaluation recosted = CostModel.evaluate(problem, profile, decision.assignments());
        long optimum = SmallInstances.bruteForceOptimum(problem, profile);
        Decision base = baseline.decide(problem, profile);

        assertThat(recosted.violations()).as("the engine's plan is allowed").isEmpty();
        assertThat(recosted.cost()).as("the reported cost is the plan's cost").isEqualTo(decision.cost());
        assertThat(decision.provenOptimal()).isTrue();
        assertThat(decision.totalCost()).as("brute-force optimum").isEqualTo(optimum);
        if (CostModel.evaluate(problem, profile, base.assignments()).allowed()) {
            assertThat(decision.totalCost()).as("never worse than the baseline").isLessThanOrEqualTo(base.totalCost());
        }
        assertThat(decision.alternatives()).allSatisfy(a -> {
            assertThat(a.totalCost()).isGreaterThanOrEqualTo(decision.totalCost());
            assertThat(CostModel.evaluate(problem, profile, a.shipments().stream()
                    .map(s -> new Assignment(s.locationId(), s.lines())).toList()).allowed()).isTrue();
        });
        assertThat(decision.alternatives()).extracting(Alternative::totalCost).isSorted();
        assertThat(decision.alternatives()).extracting(Alternative::locationIds)
                .doesNotHaveDuplicates().doesNotContain(decision.shipments().stream().map(Shipment::locationId).toList());
        assertThat(decision.priority()).isEqualTo(problem.order().priority());
    }
}
