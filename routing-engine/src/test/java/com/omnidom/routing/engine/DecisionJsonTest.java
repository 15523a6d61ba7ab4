package com.omnidom.routing.engine;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Set;

import static com.omnidom.routing.engine.Fixtures.BERLIN;
import static com.omnidom.routing.engine.Fixtures.Loc;
import static com.omnidom.routing.engine.Fixtures.MUNICH;
import static com.omnidom.routing.engine.Fixtures.line;
import static com.omnidom.routing.engine.Fixtures.problem;
import static com.omnidom.routing.engine.Fixtures.profile;
import static com.omnidom.routing.engine.Fixtures.ship;
import static org.assertj.core.api.Assertions.assertThat;

/** routing-service stores the decision as its explanation: it must serialise as it is and read back equal. */
class DecisionJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aDecisionSerialisesWithItsExplanationAndReadsBackEqual() {
        RoutingProblem p = problem(ship(line("1", "A", 1), line("2", "Z", 1)), Set.of("GONE"),
                Loc.at("BER", BERLIN).stock("A", 5), Loc.at("MUC", MUNICH).stock("A", 5), Loc.at("GONE", BERLIN).stock("A", 5));
        Decision decision = new RoutingEngine().decide(p, profile());

        String text = json.writeValueAsString(decision);
        JsonNode tree = json.readTree(text);

        assertThat(tree.get("shipments").get(0).get("locationId").asString()).isEqualTo("BER");
        assertThat(tree.get("cost").get("shipment").asLong()).isEqualTo(500);
        assertThat(tree.get("unassigned").get(0).get("reason").asString()).contains("Z");
        assertThat(tree.get("alternatives").get(0).get("cost")).isNotNull();
        assertThat(tree.get("exclusions").get(0).get("fence").asString()).isEqualTo("EXCLUDED_FOR_ORDER");
        assertThat(tree.has("provenOptimal")).isTrue();
        assertThat(json.readValue(text, Decision.class)).isEqualTo(decision);
    }
}
