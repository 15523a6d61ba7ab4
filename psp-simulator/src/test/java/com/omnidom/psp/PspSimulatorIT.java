package com.omnidom.psp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

class PspSimulatorIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private PspSimulator psp;

    record Answer(int status, JsonNode json) {
    }

    @BeforeEach
    void start() throws Exception {
        psp = PspSimulator.start(PspSimulator.Options.defaults().withPort(0));
    }

    @AfterEach
    void stop() {
        psp.close();
    }

    @Test
    void sameIdempotencyKeyAnswersTheSameAndCapturesOnce() throws Exception {
        String body = "{\"authorization\":\"psp-auth-123\",\"amount\":\"29.98\",\"currency\":\"EUR\"}";

        Answer first = post("/v1/captures", body, "ful-1:0");
        Answer again = post("/v1/captures", body, "ful-1:0");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("CAPTURED");
        assertThat(first.json().get("amount").asString()).isEqualTo("29.98");
        assertThat(again).isEqualTo(first);
        assertThat(get("/v1/authorizations/psp-auth-123").json().get("captured").asString()).isEqualTo("29.98");
        assertThat(get("/v1/captures/" + first.json().get("id").asString()).json()).isEqualTo(first.json());
    }

    @Test
    void anExpiredAuthorisationAnswersACaptureWithAuthorizationExpiredAndIsReauthorisedOncePerKey() throws Exception {
        post("/v1/authorizations", "{\"id\":\"auth-exp\",\"amount\":\"30.00\",\"currency\":\"EUR\"}", null);
        Answer aged = post("/v1/authorizations/auth-exp/age", "{\"ageSeconds\":" + (8 * 24 * 3600) + "}", null);
        assertThat(aged.json().get("status").asString()).isEqualTo("EXPIRED");

        Answer expired = post("/v1/captures", "{\"authorization\":\"auth-exp\",\"amount\":\"10.00\",\"currency\":\"EUR\"}", "c-1");
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.json().get("error").asString()).isEqualTo("authorization_expired");

        String reauthorize = "{\"amount\":\"10.00\",\"currency\":\"EUR\"}";
        Answer fresh = post("/v1/authorizations/auth-exp/reauthorizations", reauthorize, "c-1:reauthorize");
        assertThat(fresh.status()).isEqualTo(201);
        assertThat(post("/v1/authorizations/auth-exp/reauthorizations", reauthorize, "c-1:reauthorize")).isEqualTo(fresh);
        String id = fresh.json().get("id").asString();
        Answer captured = post("/v1/captures", "{\"authorization\":\"" + id + "\",\"amount\":\"10.00\",\"currency\":\"EUR\"}", "c-1:reauthorized");
        assertThat(captured.status()).isEqualTo(201);

        post("/v1/authorizations/auth-exp/age", "{\"declineReauthorization\":true}", null);
        Answer declined = post("/v1/authorizations/auth-exp/reauthorizations", reauthorize, "c-2:reauthorize");
        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.json().get("error").asString()).isEqualTo("card_declined");
    }

    @Test
    void keyReusedWithAnotherBodyIsRefused() throws Exception {
        post("/v1/captures", "{\"authorization\":\"a\",\"amount\":\"1.00\",\"currency\":\"EUR\"}", "k");

        Answer reused = post("/v1/captures", "{\"authorization\":\"a\",\"amount\":\"2.00\",\"currency\":\"EUR\"}", "k");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("error").asString()).isEqualTo("idempotency_key_reused");
    }

    @Test
    void refusesCapturingMoreThanTheAuthorisedRemainder() throws Exception {
        post("/v1/authorizations", "{\"id\":\"auth-9\",\"amount\":\"30.00\",\"currency\":\"EUR\"}", null);
        post("/v1/captures", "{\"authorization\":\"auth-9\",\"amount\":\"20.00\",\"currency\":\"EUR\"}", "c1");

        Answer over = post("/v1/captures", "{\"authorization\":\"auth-9\",\"amount\":\"10.01\",\"currency\":\"EUR\"}", "c2");

        assertThat(over.status()).isEqualTo(422);
        assertThat(over.json().get("error").asString()).isEqualTo("amount_exceeds_authorization");
        assertThat(get("/v1/authorizations/auth-9").json().get("remaining").asString()).isEqualTo("10.00");
    }

    @Test
    void releasesPartOfAnAuthorisationOncePerKeyAndNeverBeyondItsRemainder() throws Exception {
        post("/v1/authorizations", "{\"id\":\"auth-v\",\"amount\":\"30.00\",\"currency\":\"EUR\"}", null);
        post("/v1/captures", "{\"authorization\":\"auth-v\",\"amount\":\"20.00\",\"currency\":\"EUR\"}", "c");
        String body = "{\"authorization\":\"auth-v\",\"amount\":\"6.00\",\"currency\":\"EUR\"}";

        Answer first = post("/v1/releases", body, "cancel-1:card");
        Answer again = post("/v1/releases", body, "cancel-1:card");
        Answer over = post("/v1/releases", "{\"authorization\":\"auth-v\",\"amount\":\"4.01\",\"currency\":\"EUR\"}", "cancel-2:card");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("RELEASED");
        assertThat(first.json().get("id").asString()).startsWith("rel_");
        assertThat(again).isEqualTo(first);
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.json().get("error").asString()).isEqualTo("amount_exceeds_authorization");
        JsonNode authorization = get("/v1/authorizations/auth-v").json();
        assertThat(authorization.get("released").asString()).isEqualTo("6.00");
        assertThat(authorization.get("remaining").asString()).isEqualTo("4.00");
        assertThat(get("/v1/releases/" + first.json().get("id").asString()).json()).isEqualTo(first.json());
        assertThat(post("/v1/releases", body, null).status()).isEqualTo(400);
    }

    @Test
    void refundsACaptureOrAnAuthorisationButNeverMoreThanCaptured() throws Exception {
        Answer capture = post("/v1/captures", "{\"authorization\":\"auth-r\",\"amount\":\"40.00\",\"currency\":\"EUR\"}", "c");
        String captureId = capture.json().get("id").asString();

        Answer byCapture = post("/v1/refunds", "{\"capture\":\"" + captureId + "\",\"amount\":\"15.00\",\"currency\":\"EUR\"}", "r1");
        Answer byAuthorization = post("/v1/refunds", "{\"authorization\":\"auth-r\",\"amount\":\"25.00\",\"currency\":\"EUR\"}", "r2");
        Answer tooMuch = post("/v1/refunds", "{\"authorization\":\"auth-r\",\"amount\":\"0.01\",\"currency\":\"EUR\"}", "r3");

        assertThat(byCapture.status()).isEqualTo(201);
        assertThat(byCapture.json().get("status").asString()).isEqualTo("REFUNDED");
        assertThat(byAuthorization.status()).isEqualTo(201);
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(get("/v1/captures/" + captureId).json().get("refunded").asString()).isEqualTo("40.00");
    }

    @Test
    void injectedFaultsFailTheNextCallsWith503AndChangeNothing() throws Exception {
        assertThat(post("/v1/faults", "{\"failNext\":2}", null).status()).isEqualTo(200);
        String body = "{\"authorization\":\"auth-f\",\"amount\":\"5.00\",\"currency\":\"EUR\"}";

        Answer first = post("/v1/captures", body, "f");
        Answer second = post("/v1/captures", body, "f");
        Answer third = post("/v1/captures", body, "f");

        assertThat(first.status()).isEqualTo(503);
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(201);
        assertThat(get("/v1/authorizations/auth-f").json().get("captured").asString()).isEqualTo("5.00");
    }

    @Test
    void answerLostAfterProcessingIsRepeatedForTheSameKeyWithoutASecondCapture() throws Exception {
        post("/v1/faults", "{\"failNextAfterProcessing\":1}", null);
        String body = "{\"authorization\":\"auth-l\",\"amount\":\"7.00\",\"currency\":\"EUR\"}";

        Answer lost = post("/v1/captures", body, "l");
        Answer retried = post("/v1/captures", body, "l");

        assertThat(lost.status()).isEqualTo(503);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(get("/v1/authorizations/auth-l").json().get("captured").asString()).isEqualTo("7.00");
    }

    @Test
    void failureRateOneFailsEveryCallAndLatencyDelaysTheAnswer() throws Exception {
        post("/v1/faults", "{\"failureRate\":1.0,\"latencyMs\":100}", null);

        long started = System.nanoTime();
        Answer failed = post("/v1/captures", "{\"authorization\":\"x\",\"amount\":\"1.00\",\"currency\":\"EUR\"}", "x");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(get("/v1/faults").json().get("failureRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void badRequestsNameTheField() throws Exception {
        Answer noKey = post("/v1/captures", "{\"authorization\":\"a\",\"amount\":\"1.00\",\"currency\":\"EUR\"}", null);
        Answer badAmount = post("/v1/captures", "{\"authorization\":\"a\",\"amount\":\"ten\",\"currency\":\"EUR\"}", "b");
        Answer notJson = post("/v1/captures", "{", "n");

        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().get("message").asString()).startsWith("Idempotency-Key");
        assertThat(badAmount.status()).isEqualTo(400);
        assertThat(badAmount.json().get("message").asString()).startsWith("amount");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(get("/v1/captures/nope").status()).isEqualTo(404);
    }

    @Test
    void aDisputeIsAnnouncedToTheMerchantSignedOverTheRawBodyAndResolvedOnce() throws Exception {
        List<byte[]> bodies = new CopyOnWriteArrayList<>();
        List<String> signatures = new CopyOnWriteArrayList<>();
        HttpServer merchant = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        merchant.createContext("/hook", exchange -> {
            try (exchange) {
                bodies.add(exchange.getRequestBody().readAllBytes());
                signatures.add(exchange.getRequestHeaders().getFirst(Disputes.SIGNATURE));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        merchant.start();
        try {
            String url = "http://127.0.0.1:" + merchant.getAddress().getPort() + "/hook";
            String capture = post("/v1/captures", "{\"authorization\":\"psp-auth-d\",\"amount\":\"29.98\",\"currency\":\"EUR\"}",
                    "ful-d:0").json().get("id").asString();

            Answer opened = post("/v1/disputes", "{\"capture\":\"" + capture + "\",\"amount\":\"20.00\",\"notifyUrl\":\"" + url + "\"}", null);
            String id = opened.json().at("/dispute/id").asString();
            Answer won = post("/v1/disputes/" + id + "/resolve", "{\"outcome\":\"WON\",\"notifyUrl\":\"" + url + "\"}", null);
            Answer again = post("/v1/disputes/" + id + "/resolve", "{\"outcome\":\"LOST\",\"notifyUrl\":\"" + url + "\"}", null);
            Answer tooMuch = post("/v1/disputes", "{\"capture\":\"" + capture + "\",\"amount\":\"30.00\",\"notifyUrl\":\"" + url + "\"}", null);

            assertThat(opened.status()).isEqualTo(201);
            assertThat(opened.json().get("merchantStatus").asInt()).isEqualTo(204);
            assertThat(opened.json().at("/dispute/status").asString()).isEqualTo("OPEN");
            assertThat(opened.json().at("/dispute/authorization").asString()).isEqualTo("psp-auth-d");
            assertThat(won.json().at("/dispute/status").asString()).isEqualTo("WON");
            assertThat(again.status()).isEqualTo(409);
            assertThat(tooMuch.status()).isEqualTo(422);
            assertThat(bodies).hasSize(2);
            assertThat(JSON.readTree(bodies.get(0)).get("type").asString()).isEqualTo("dispute.opened");
            assertThat(JSON.readTree(bodies.get(0)).at("/dispute/amount").asString()).isEqualTo("20.00");
            assertThat(JSON.readTree(bodies.get(1)).get("type").asString()).isEqualTo("dispute.won");
            // the signature is HMAC-SHA256 of the exact bytes under the shared secret, and of nothing else
            for (int i = 0; i < 2; i++) {
                assertThat(signatures.get(i)).isEqualTo(Disputes.sign(bodies.get(i), PspSimulator.Options.DEFAULT_WEBHOOK_SECRET))
                        .startsWith("sha256=")
                        .isNotEqualTo(Disputes.sign(bodies.get(i), "another secret"));
            }
        } finally {
            merchant.stop(0);
        }
    }

    @Test
    void theMerchantsEvidenceIsRecordedOnTheDisputeOncePerKeyAndOnlyWhileItIsOpen() throws Exception {
        String capture = post("/v1/captures", "{\"authorization\":\"psp-auth-e\",\"amount\":\"29.98\",\"currency\":\"EUR\"}",
                "ful-e:0").json().get("id").asString();
        // no merchant listens: the dispute is opened all the same (merchantStatus 0)
        String id = post("/v1/disputes", "{\"capture\":\"" + capture + "\",\"notifyUrl\":\"http://127.0.0.1:9/none\"}", null)
                .json().at("/dispute/id").asString();
        String evidence = "{\"evidence\":\"signed delivery receipt\"}";

        Answer submitted = post("/v1/disputes/" + id + "/evidence", evidence, "cb-1:evidence");
        Answer again = post("/v1/disputes/" + id + "/evidence", evidence, "cb-1:evidence");
        Answer otherBody = post("/v1/disputes/" + id + "/evidence", "{\"evidence\":\"something else\"}", "cb-1:evidence");
        Answer withoutKey = post("/v1/disputes/" + id + "/evidence", evidence, null);

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.json().get("id").asString()).isEqualTo(id);
        assertThat(submitted.json().get("evidence").asString()).isEqualTo("signed delivery receipt");
        assertThat(submitted.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(again).isEqualTo(submitted);
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(get("/v1/disputes/" + id).json().get("evidence").asString()).isEqualTo("signed delivery receipt");
        assertThat(get("/v1/disputes/dsp_unknown").status()).isEqualTo(404);

        post("/v1/disputes/" + id + "/resolve", "{\"outcome\":\"LOST\",\"notifyUrl\":\"http://127.0.0.1:9/none\"}", null);
        assertThat(post("/v1/disputes/" + id + "/evidence", evidence, "cb-1:late").status()).isEqualTo(409);
        assertThat(get("/v1/disputes/" + id).json().get("status").asString()).isEqualTo("LOST");
    }

    private Answer post(String path, String body, String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(psp.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) request.header(PspSimulator.IDEMPOTENCY_KEY, key);
        return answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private Answer get(String path) throws Exception {
        return answer(client.send(HttpRequest.newBuilder(URI.create(psp.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }
}
