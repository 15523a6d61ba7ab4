package com.omnidom.platform.security;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.omnidom.testsupport.AccessMatrix;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import com.omnidom.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The platform's resource server against real tokens: refusals, roles, the caller, audit, rate limits, access table. */
@OmnidomServiceTest
class SecurityIT {

    private static final TestCaller REVIEWER = TestCaller.of("rick", Roles.RISK_REVIEWER).withClient("risk-console");

    private final Http http;

    SecurityIT(Http http) {
        this.http = http;
    }

    record Attack(String name, String token) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Attack> attacks() throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet valid = REVIEWER.claims().build();
        return Stream.of(
                new Attack("garbage", "not-a-jwt"),
                new Attack("expired", TestIssuer.get().sign(REVIEWER.claims()
                        .issueTime(Date.from(now.minusSeconds(3600))).notBeforeTime(Date.from(now.minusSeconds(3600)))
                        .expirationTime(Date.from(now.minusSeconds(600))).build())),
                new Attack("not yet valid", TestIssuer.get().sign(REVIEWER.claims()
                        .notBeforeTime(Date.from(now.plusSeconds(600))).build())),
                new Attack("other issuer", TestIssuer.get().sign(REVIEWER.claims()
                        .issuer("https://evil.example").build())),
                new Attack("other audience", TestIssuer.get().sign(REVIEWER.claims()
                        .audience("someone-else").build())),
                new Attack("alg none", new PlainJWT(valid).serialize()),
                new Attack("wrong key", TestIssuer.sign(valid, new RSAKeyGenerator(2048).keyID("omnidom-test-key")
                        .generate())),
                new Attack("tampered roles", tamper(TestIssuer.get().sign(TestCaller.of("mallory", Roles.CHANNEL)
                        .claims().build()))));
    }

    /** Swaps the payload of a signed token for one that claims the admin role, keeping the signature. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"channel\"", "\"admin\"");
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void aTokenThatIsNotGenuineAndCurrentIs401AndChangesNothing(Attack attack) {
        var answer = http.withToken(attack.token()).post("/api/v1/decisions", Map.of("decision", "release"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
        assertThat(auditedBy("rick")).isZero();
        assertThat(auditedBy("mallory")).isZero();
    }

    @Test
    void noTokenIs401Problem() {
        var answer = http.anonymous().get("/api/v1/callers/me");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("title").asString()).isEqualTo("Unauthorized");
        assertThat(answer.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aValidTokenWithoutTheRoleIs403Problem() {
        var answer = http.as(TestCaller.of("carla", Roles.CS_AGENT)).post("/api/v1/decisions", Map.of());
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(403);
    }

    @Test
    void anOperationWithoutARuleIsDeniedToEveryone() {
        assertThat(http.get("/api/v1/nowhere").status()).isEqualTo(403);
        assertThat(http.anonymous().get("/api/v1/nowhere").status()).isEqualTo(401);
    }

    @Test
    void theCallerComesFromTheToken() {
        JsonNode me = http.as(TestCaller.of("eshop-web", Roles.CHANNEL).withChannel("WEB_SHOP"))
                .get("/api/v1/callers/me").json();
        assertThat(me.get("subject").asString()).isEqualTo("eshop-web");
        assertThat(me.get("client").asString()).isEqualTo("eshop-web");
        assertThat(me.get("channel").asString()).isEqualTo("WEB_SHOP");
        assertThat(me.get("roles").valueStream().map(JsonNode::asString)).containsExactly(Roles.CHANNEL);
    }

    @Test
    void whoDecidedIsTheTokensSubjectWhateverTheBodySays() {
        var answer = http.as(REVIEWER).post("/api/v1/decisions", Map.of("decision", "release", "decidedBy", "ceo"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("decidedBy").asString()).isEqualTo("rick");
    }

    @Test
    void aScopedRoleWithoutItsScopeClaimIsRefused() {
        assertThat(http.as(TestCaller.of("shop", Roles.CHANNEL)).get("/api/v1/callers/me/channel").status())
                .isEqualTo(403);
        assertThat(http.as(TestCaller.of("shop", Roles.CHANNEL).withChannel("MARKETPLACE"))
                .get("/api/v1/callers/me/channel").json().get("channel").asString()).isEqualTo("MARKETPLACE");
        assertThat(http.as(TestCaller.of("carla", Roles.CS_AGENT)).get("/api/v1/callers/me/channel")
                .json().get("channel").asString()).isEqualTo("null");
    }

    @Test
    void everyStateChangeIsAuditedWithSubjectAndClientForOpsOnly() {
        TestCaller auditor = TestCaller.of("audit-ranger", Roles.RISK_REVIEWER).withClient("risk-console");
        http.as(auditor).post("/api/v1/decisions", Map.of("decision", "reject"));
        JsonNode page = http.as(TestCaller.of("otto", Roles.OPS)).get("/api/v1/audit-records?subject=audit-ranger").json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(1);
        JsonNode record = page.get("items").get(0);
        assertThat(record.get("client").asString()).isEqualTo("risk-console");
        assertThat(record.get("method").asString()).isEqualTo("POST");
        assertThat(record.get("path").asString()).isEqualTo("/api/v1/decisions");
        assertThat(record.get("status").asInt()).isEqualTo(200);
        assertThat(http.as(TestCaller.of("carla", Roles.CS_AGENT)).get("/api/v1/audit-records").status()).isEqualTo(403);
    }

    @Test
    void aClientOverItsRateLimitGets429WithRetryAfterWhileOthersGoOnAndThenRecovers() {
        Http busy = http.as(TestCaller.of("carla", Roles.CS_AGENT).withClient("busy-console"));
        List<Integer> statuses = Stream.generate(() -> busy.post("/api/v1/searches", Map.of()).status()).limit(4).toList();
        assertThat(statuses).containsExactly(200, 200, 200, 429);
        var refused = busy.post("/api/v1/searches", Map.of());
        assertThat(refused.headers().getFirst("Retry-After")).isEqualTo("2");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(http.as(TestCaller.of("cora", Roles.CS_AGENT).withClient("other-console"))
                .post("/api/v1/searches", Map.of()).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> busy.post("/api/v1/searches", Map.of()).status() == 200);
    }

    @Test
    void healthIsOpenMetricsAreForOps() {
        assertThat(http.anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(http.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(http.as(TestCaller.of("carla", Roles.CS_AGENT)).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(http.as(TestCaller.of("otto", Roles.OPS)).get("/actuator/prometheus").status()).isEqualTo(200);
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheAccessTableSays(@Autowired ApplicationContext context) {
        AccessMatrix.verify(http, context, Path.of("src/test/resources/access-table.md"));
    }

    private long auditedBy(String subject) {
        return http.as(TestCaller.of("otto", Roles.OPS)).get("/api/v1/audit-records?subject=" + subject).json()
                .get("totalItems").asLong();
    }
}
