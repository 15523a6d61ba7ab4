package com.omnidom.routing.profile;

import com.omnidom.routing.profile.application.ActiveRoutingProfile;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@OmnidomServiceTest
class RoutingProfilesIT {

    private static final UUID DEFAULT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @LocalServerPort
    int port;

    @Autowired
    ActiveRoutingProfile activeRoutingProfile;

    Http http;

    @BeforeEach
    void http() {
        http = new Http(port);
    }

    @Test
    void profileLifecycleFromDraftToActiveToRetired() {
        JsonNode seeded = http.get("/api/v1/routing-profiles/" + DEFAULT).json();
        assertThat(seeded.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(seeded.get("problems").size()).isZero();

        Http.Response v1 = http.post("/api/v1/routing-profiles", profile("web-de", 300, 2));
        Http.Response v2 = http.post("/api/v1/routing-profiles", profile("web-de", 900, 3));
        assertThat(v1.status()).isEqualTo(201);
        assertThat(v1.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(v1.json().get("version").asInt()).isEqualTo(1);
        assertThat(v2.json().get("version").asInt()).isEqualTo(2);
        String first = v1.json().get("profileId").asString();
        String second = v2.json().get("profileId").asString();
        assertThat(http.post("/api/v1/routing-profiles/" + first + "/validate", null).json().get("valid").asBoolean()).isTrue();

        Http.Response activated = http.post("/api/v1/routing-profiles/" + first + "/activate", null);
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(activeRoutingProfile.forOrder("WEB_SHOP", "DE").id()).hasToString(first);
        assertThat(activeRoutingProfile.forOrder("WEB_SHOP", "DE").profile().weights().splitPenalty()).isEqualTo(300);

        // the next version takes over its scope; the one before retires in the same step
        assertThat(http.post("/api/v1/routing-profiles/" + second + "/activate", null).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/routing-profiles/" + first).json().get("status").asString()).isEqualTo("RETIRED");
        assertThat(activeRoutingProfile.forOrder("WEB_SHOP", "DE").id()).hasToString(second);
        assertThat(activeRoutingProfile.forOrder("MARKETPLACE", "DE").id()).isEqualTo(DEFAULT);
        assertThat(activeRoutingProfile.forOrder("WEB_SHOP", "AT").id()).isEqualTo(DEFAULT);
        Http.Response reactivate = http.post("/api/v1/routing-profiles/" + first + "/activate", null);
        assertThat(reactivate.status()).isEqualTo(409);
        assertThat(reactivate.contentType()).startsWith("application/problem+json");

        JsonNode listed = http.get("/api/v1/routing-profiles?status=ACTIVE").json();
        assertThat(listed.valueStream().map(p -> p.get("profileId").asString())).containsExactlyInAnyOrder(second, DEFAULT.toString());

        assertThat(http.post("/api/v1/routing-profiles/" + second + "/retire", null).json().get("status").asString())
                .isEqualTo("RETIRED");
        assertThat(http.post("/api/v1/routing-profiles/" + second + "/retire", null).status()).isEqualTo(409);
        assertThat(activeRoutingProfile.forOrder("WEB_SHOP", "DE").id()).isEqualTo(DEFAULT);
    }

    @Test
    void mostSpecificActiveProfileWins() {
        String country = activate(Map.of("name", "all-at", "country", "AT"));
        String channel = activate(Map.of("name", "market-all", "channel", "MARKETPLACE"));
        String both = activate(Map.of("name", "market-at", "channel", "MARKETPLACE", "country", "AT"));

        assertThat(activeRoutingProfile.forOrder("MARKETPLACE", "AT").id()).hasToString(both);
        assertThat(activeRoutingProfile.forOrder("MARKETPLACE", "FR").id()).hasToString(channel);
        assertThat(activeRoutingProfile.forOrder("WEB_SHOP", "AT").id()).hasToString(country);
        assertThat(activeRoutingProfile.forOrder(null, null).id()).isEqualTo(DEFAULT);
    }

    @Test
    void validationListsEveryProblemAsProblemJson() {
        Map<String, Object> bad = Map.of("name", "broken",
                "fences", Map.of("allowedTypes", List.of("STORE", "SPACESHIP"), "maxShipments", 0),
                "weights", Map.of("kmPerTransitDay", 0, "perShipment", -5,
                        "distanceBands", List.of(Map.of("upToKm", 100, "cost", 500), Map.of("upToKm", 50, "cost", 300))));
        Http.Response created = http.post("/api/v1/routing-profiles", bad);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("profileId").asString();

        Http.Response validated = http.post("/api/v1/routing-profiles/" + id + "/validate", null);
        Http.Response activated = http.post("/api/v1/routing-profiles/" + id + "/activate", null);

        assertThat(validated.status()).isEqualTo(422);
        assertThat(validated.contentType()).startsWith("application/problem+json");
        assertThat(validated.json().get("errors").valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder(
                "fences.allowedTypes[1]", "fences.maxShipments", "weights.perShipment", "weights.kmPerTransitDay",
                "weights.distanceBands[1].upToKm");
        assertThat(activated.status()).isEqualTo(422);
        assertThat(http.get("/api/v1/routing-profiles/" + id + "/engine-profile").status()).isEqualTo(422);
        assertThat(http.get("/api/v1/routing-profiles/" + id).json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json().get("problems").size()).isEqualTo(5);
    }

    @Test
    void comparesTwoProfilesFieldByField() {
        String a = http.post("/api/v1/routing-profiles", profile("cmp", 300, 2)).json().get("profileId").asString();
        String b = http.post("/api/v1/routing-profiles", profile("cmp", 900, 2)).json().get("profileId").asString();

        JsonNode comparison = http.get("/api/v1/routing-profiles/compare?left=" + a + "&right=" + b).json();

        assertThat(comparison.get("differences").valueStream()
                .map(d -> d.get("field").asString() + ":" + d.get("left").asString() + "->" + d.get("right").asString()))
                .containsExactly("weights.splitPenalty:300->900");
        JsonNode engineProfile = http.get("/api/v1/routing-profiles/" + b + "/engine-profile").json();
        assertThat(engineProfile.get("profileId").asString()).isEqualTo(b);
        assertThat(engineProfile.at("/weights/splitPenalty").asLong()).isEqualTo(900);
        assertThat(engineProfile.at("/weights/unfulfilledLine").asLong()).isEqualTo(5000); // the engine's default filled in
        assertThat(engineProfile.at("/fences/maxShipments").asInt()).isEqualTo(2);
        JsonNode withDefault = http.get("/api/v1/routing-profiles/compare?left=" + DEFAULT + "&right=" + a).json();
        assertThat(withDefault.get("differences").valueStream().map(d -> d.get("field").asString()))
                .contains("channel", "country", "fences.maxShipments");
    }

    @Test
    void badProfileRequestsAreProblems() {
        assertThat(http.get("/api/v1/routing-profiles/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/routing-profiles/" + UUID.randomUUID() + "/activate", null).status()).isEqualTo(404);
        Http.Response noName = http.post("/api/v1/routing-profiles", Map.of("country", "Germany"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("name", "country");
        assertThat(http.post("/api/v1/routing-profiles", Map.of("name", "x", "weights", Map.of("perUnit", "cheap"))).status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/routing-profiles?status=LIVE").status()).isEqualTo(400);
    }

    private String activate(Map<String, Object> body) {
        String id = http.post("/api/v1/routing-profiles", body).json().get("profileId").asString();
        assertThat(http.post("/api/v1/routing-profiles/" + id + "/activate", null).status()).isEqualTo(200);
        return id;
    }

    private static Map<String, Object> profile(String name, long splitPenalty, int maxShipments) {
        return Map.of("name", name, "channel", "WEB_SHOP", "country", "DE", "description", "web shop Germany",
                "fences", Map.of("maxShipments", maxShipments, "allowedTypes", List.of("WAREHOUSE", "STORE")),
                "weights", Map.of("splitPenalty", splitPenalty, "perShipment", 490, "kmPerTransitDay", 600));
    }
}
