package com.omnidom.platform.web;

import com.omnidom.testsupport.OmnidomServiceTest;
import com.omnidom.testsupport.TestCaller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way a request can be wrong gets a 4xx problem+json; the unexpected gets a 500 that reveals nothing;
 * a database that cannot answer now gets a 503 with Retry-After. */
@OmnidomServiceTest
class RestEdgeIT {

    private static final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void validationErrorsNameEachField() throws Exception {
        var response = post("/api/v1/probes", "{\"name\":\"\",\"lines\":[{\"sku\":\"A\",\"quantity\":0}]}");
        assertProblem(response, 400);
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("name", "lines[0].quantity");
    }

    @Test
    void businessRuleViolationIs422NamingTheField() throws Exception {
        var response = post("/api/v1/probes", "{\"name\":\"reserved\"}");
        assertProblem(response, 422);
        assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void domainRuleViolationIs422NamingEveryFieldAsAnInvalidRequestDoes() throws Exception {
        var response = post("/api/v1/probes", "{\"name\":\"ruled\",\"lines\":[{\"sku\":\"X\",\"quantity\":1}]}");
        assertProblem(response, 422);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("title").asString()).isEqualTo("Invalid request");
        assertThat(body.get("detail").asString()).isEqualTo("name: is ruled out");
        assertThat(body.get("errors").findValuesAsString("field")).containsExactly("name", "lines[0].sku");
        assertThat(body.get("errors").findValuesAsString("message")).containsExactly("is ruled out", "is unknown");
    }

    @Test
    void illegalTransitionIs409SayingWhatWasAttempted() throws Exception {
        var response = post("/api/v1/probes", "{\"name\":\"closed\"}");
        assertProblem(response, 409);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("title").asString()).isEqualTo("Conflict");
        assertThat(body.get("detail").asString()).isEqualTo("cannot reopen probe in state CLOSED");
    }

    @Test
    void mixedCurrenciesAre422NamingBoth() throws Exception {
        var response = post("/api/v1/probes", "{\"name\":\"dollars\"}");
        assertProblem(response, 422);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("EUR", "USD");
    }

    @Test
    void aRowLockedPastTheLockTimeoutIs503WithRetryAfterAndChangesNothing() throws Exception {
        jdbc.update("CREATE TABLE IF NOT EXISTS lock_probe (id INT PRIMARY KEY, v INT)");
        jdbc.update("INSERT INTO lock_probe VALUES (7, 0) ON CONFLICT (id) DO UPDATE SET v = 0");
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("SELECT * FROM lock_probe WHERE id = 7 FOR UPDATE");
            var response = post("/api/v1/probes/7/counts", "");
            assertProblem(response, 503);
            assertThat(response.headers().firstValue("Retry-After")).contains("5");
            holder.rollback();
        }
        assertThat(jdbc.queryForObject("SELECT v FROM lock_probe WHERE id = 7", Integer.class)).isZero();
        assertThat(post("/api/v1/probes/7/counts", "").statusCode()).isEqualTo(200);
    }

    @Test
    void theServicesClockIsUtcAtPostgresPrecision() {
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.instant().getNano() % 1_000).isZero();
    }

    @Test
    void unreadableValueIs400NamingTheField() throws Exception {
        var response = post("/api/v1/probes", "{\"name\":\"x\",\"lines\":[{\"sku\":\"A\",\"quantity\":\"many\"}]}");
        assertProblem(response, 400);
        assertThat(response.body()).contains("lines[0].quantity");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        assertProblem(post("/api/v1/probes", "{\"name\":"), 400);
    }

    @Test
    void tooDeeplyNestedJsonIs400() throws Exception {
        String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
        var response = post("/api/v1/probes", "{\"name\":\"x\",\"attributes\":" + deep + "}");
        assertProblem(response, 400);
        assertThat(response.body()).contains("depth");
    }

    @Test
    void bodyOverTheLimitIs413ByContentLength() throws Exception {
        var response = post("/api/v1/probes", "{\"name\":\"" + "x".repeat(20_000) + "\"}");
        assertProblem(response, 413);
    }

    @Test
    void chunkedBodyOverTheLimitIs413WhileReading() throws Exception {
        byte[] body = ("{\"name\":\"" + "x".repeat(20_000) + "\"}").getBytes();
        // an InputStream publisher sends no Content-Length: the body arrives chunked
        var request = HttpRequest.newBuilder(uri("/api/v1/probes")).header("Authorization", "Bearer " + TestCaller.SUPERUSER.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        assertProblem(http.send(request, HttpResponse.BodyHandlers.ofString()), 413);
    }

    @Test
    void bulkPathsTakeLargerBodies() throws Exception {
        var response = post("/api/v1/imports/probes", "x".repeat(50_000));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("bytes").asInt()).isEqualTo(50_000);
        assertProblem(post("/api/v1/imports/probes", "x".repeat(200_000)), 413);
    }

    @Test
    void unknownResourceIs404() throws Exception {
        var response = get("/api/v1/probes/42");
        assertProblem(response, 404);
        assertThat(json.readTree(response.body()).get("detail").asString()).isEqualTo("probe 42 does not exist");
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() throws Exception {
        var response = get("/api/v1/probes/boom");
        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("secret", "Exception", "at com.");
    }

    @Test
    void wrongMethodKeepsItsStatusAsProblem() throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/v1/probes")).header("Authorization", "Bearer " + TestCaller.SUPERUSER.token()).DELETE().build();
        assertProblem(http.send(request, HttpResponse.BodyHandlers.ofString()), 405);
    }

    @Test
    void unsupportedContentTypeIs415() throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/v1/probes")).header("Authorization", "Bearer " + TestCaller.SUPERUSER.token()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).build();
        assertProblem(http.send(request, HttpResponse.BodyHandlers.ofString()), 415);
    }

    @Test
    void unacceptableAnswerTypeIs406AsProblem() throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/v1/probes")).header("Authorization", "Bearer " + TestCaller.SUPERUSER.token()).header("Content-Type", "application/json")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ok\"}")).build();
        assertProblem(http.send(request, HttpResponse.BodyHandlers.ofString()), 406);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestCaller.SUPERUSER.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestCaller.SUPERUSER.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(status);
    }
}
