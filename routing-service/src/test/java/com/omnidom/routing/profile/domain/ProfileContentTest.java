package com.omnidom.routing.profile.domain;

import com.omnidom.routing.engine.CostWeights;
import com.omnidom.routing.engine.Fences;
import com.omnidom.routing.engine.LocationType;
import com.omnidom.routing.engine.RoutingProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileContentTest {

    @Test
    void defaultsHaveNoProblemsAndAreTheEnginesDefaults() {
        RoutingProfile profile = ProfileContent.defaults().toEngine("p", 1, null, null);

        assertThat(ProfileContent.defaults().problems()).isEmpty();
        assertThat(profile.fences()).isEqualTo(Fences.NONE);
        assertThat(profile.weights()).isEqualTo(CostWeights.DEFAULT);
    }

    @Test
    void missingFieldsTakeTheEnginesDefaultsAndGivenOnesWin() {
        ProfileContent content = new ProfileContent(
                new ProfileContent.FenceSettings(List.of("WAREHOUSE"), null, null, 2, null, null, null, null, null),
                new ProfileContent.WeightSettings(null, null, 3L, null, 900L, null, null, null, null, null));

        RoutingProfile profile = content.toEngine("p", 4, "WEB_SHOP", "DE");

        assertThat(profile.fences().allowedTypes()).containsExactly(LocationType.WAREHOUSE);
        assertThat(profile.fences().maxShipments()).isEqualTo(2);
        assertThat(profile.fences().respectCapacity()).isTrue();
        assertThat(profile.weights().perKm()).isEqualTo(3);
        assertThat(profile.weights().splitPenalty()).isEqualTo(900);
        assertThat(profile.weights().perShipment()).isEqualTo(CostWeights.DEFAULT.perShipment());
        assertThat(profile.channel()).isEqualTo("WEB_SHOP");
        assertThat(profile.version()).isEqualTo(4);
    }

    @Test
    void everyProblemIsNamedByItsField() {
        ProfileContent content = new ProfileContent(
                new ProfileContent.FenceSettings(List.of("SPACESHIP"), List.of(" "), -1, 0, null, -5L, List.of("ship"), null, true),
                new ProfileContent.WeightSettings(-1L, null, null,
                        List.of(new ProfileContent.Band(100, 5L), new ProfileContent.Band(100, 3L)), null, 200L, null, null, 0, -1));

        assertThat(content.problems()).extracting(ProfileProblem::field).containsExactlyInAnyOrder(
                "fences.allowedTypes[0]", "fences.allowedGroups[0]", "fences.requiredCapabilities[0]", "fences.maxDistanceKm",
                "fences.maxShipments", "fences.minShipmentValue", "weights.perShipment", "weights.kmPerTransitDay",
                "weights.unknownDistanceKm", "weights.distanceBands[1].upToKm", "weights.latenessPerDay");
    }

    @Test
    void differencesNameEveryChangedField() {
        ProfileContent left = ProfileContent.defaults();
        ProfileContent right = new ProfileContent(
                new ProfileContent.FenceSettings(List.of("STORE"), List.of(), null, 2, false, null, List.of(), true, false),
                left.weights());

        assertThat(ProfileDifferences.between(Map.of("channel", "WEB_SHOP"), left, Map.of("channel", "WEB_SHOP"), right))
                .containsExactly(new ProfileDifferences.Difference("fences.allowedTypes", "[]", "[STORE]"),
                        new ProfileDifferences.Difference("fences.maxShipments", null, "2"));
    }
}
