package com.omnidom.psp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A payment service provider for the local stack and for tests, on the JDK's HTTP server (starts in
 * milliseconds). Captures, releases and refunds are idempotent by the {@code Idempotency-Key} header: the same key
 * answers the same, however often it is sent, and a key reused with another body is refused (422).
 *
 * <pre>
 * POST /v1/authorizations {"id","amount","currency"}             201 (200 when it exists alike)
 * GET  /v1/authorizations/{id}                                    200 | 404
 * POST /v1/authorizations/{id}/reauthorizations {"amount","currency"} 201 a new authorisation | 402 card_declined
 * POST /v1/authorizations/{id}/age {"ageSeconds","declineReauthorization"} 200 (test-facing)
 * POST /v1/captures {"authorization","amount","currency"}         201 | 422 beyond the authorised remainder | 422 expired
 * GET  /v1/captures/{id}                                          200 | 404
 * POST /v1/refunds {"capture" | "authorization","amount","currency"} 201 | 422 beyond what was captured
 * POST /v1/releases {"authorization","amount","currency"}         201 | 422 beyond the authorised remainder
 * GET  /v1/releases/{id}                                          200 | 404
 * POST /v1/disputes {"capture","amount","reason","notifyUrl"}      201 + signed webhook dispute.opened to the merchant
 * POST /v1/disputes/{id}/resolve {"outcome":"WON"|"LOST","notifyUrl"} 200 + webhook dispute.won / dispute.lost
 * POST /v1/disputes/{id}/notify {"notifyUrl"}                     200: the current notification again
 * POST /v1/disputes/{id}/evidence {"evidence"}                    201 the dispute with the evidence (Idempotency-Key) | 409 closed
 * GET  /v1/disputes/{id}                                          200 | 404
 * POST /v1/faults {"failNext","failNextAfterProcessing","failureRate","latencyMs"}, GET /v1/faults
 * GET  /health
 * </pre>
 */
public final class PspSimulator implements AutoCloseable {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int MAX_BODY = 64 * 1024;
    private static final Pattern AGE = Pattern.compile("/v1/authorizations/([^/]+)/age");
    private static final Pattern REAUTHORIZATIONS = Pattern.compile("/v1/authorizations/([^/]+)/reauthorizations");
    private static final Pattern EVIDENCE = Pattern.compile("/v1/disputes/([^/]+)/evidence");

    /**
     * Start-up options; {@code port} 0 picks a free one. {@code host} is the address listened on: the loopback
     * one unless told otherwise (0.0.0.0 in a container, where callers come from other hosts).
     */
    public record Options(String host, int port, double failureRate, long latencyMs, BigDecimal defaultLimit, Long seed,
                          String webhookUrl, String webhookSecret, Duration authorizationTtl) {

        /** payment-service's notification endpoint on the local stack and the demo secret it shares. */
        public static final String DEFAULT_WEBHOOK_URL = "http://127.0.0.1:8084/api/v1/psp/notifications";
        public static final String DEFAULT_WEBHOOK_SECRET = "omnidom-psp-demo-webhook-secret";

        public static Options defaults() {
            return new Options("127.0.0.1", 8090, 0, 0, new BigDecimal("10000.00"), null, DEFAULT_WEBHOOK_URL,
                    DEFAULT_WEBHOOK_SECRET, Ledger.DEFAULT_AUTHORIZATION_TTL);
        }

        public Options withPort(int port) {
            return new Options(host, port, failureRate, latencyMs, defaultLimit, seed, webhookUrl, webhookSecret,
                    authorizationTtl);
        }

        public Options withAuthorizationTtl(Duration ttl) {
            return new Options(host, port, failureRate, latencyMs, defaultLimit, seed, webhookUrl, webhookSecret, ttl);
        }
    }

    private record Stored(JsonNode request, int status, byte[] body) {
    }

    private final Ledger ledger;
    private final Faults faults;
    private final Disputes disputes;
    private final Map<String, Stored> answers = new LinkedHashMap<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private PspSimulator(Options options) throws IOException {
        RandomGenerator random = options.seed() == null ? new Random() : new Random(options.seed());
        this.ledger = new Ledger(options.defaultLimit(), options.authorizationTtl(), Clock.systemUTC());
        this.faults = new Faults(options.failureRate(), options.latencyMs(), random);
        this.disputes = new Disputes(ledger, Clock.systemUTC(), options.webhookUrl(), options.webhookSecret());
        this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 50);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    public static PspSimulator start(Options options) throws IOException {
        PspSimulator simulator = new PspSimulator(options);
        simulator.server.start();
        return simulator;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public Ledger ledger() {
        return ledger;
    }

    public Faults faults() {
        return faults;
    }

    public Disputes disputes() {
        return disputes;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    public static void main(String[] args) throws IOException {
        Options o = Options.defaults();
        String host = o.host();
        int port = o.port();
        double failureRate = o.failureRate();
        long latency = o.latencyMs();
        BigDecimal limit = o.defaultLimit();
        Long seed = null;
        Duration ttl = o.authorizationTtl();
        // the environment may set the webhook (a container's secret is better in its environment than on its command line)
        String webhookUrl = envOr("PSP_WEBHOOK_URL", o.webhookUrl());
        String webhookSecret = envOr("PSP_WEBHOOK_SECRET", o.webhookSecret());
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--host" -> host = required(args[i], value);
                case "--port" -> port = Integer.parseInt(required(args[i], value));
                case "--failure-rate" -> failureRate = Double.parseDouble(required(args[i], value));
                case "--latency-ms" -> latency = Long.parseLong(required(args[i], value));
                case "--default-limit" -> limit = new BigDecimal(required(args[i], value));
                case "--seed" -> seed = Long.parseLong(required(args[i], value));
                case "--webhook-url" -> webhookUrl = required(args[i], value);
                case "--webhook-secret" -> webhookSecret = required(args[i], value);
                case "--authorization-ttl" -> ttl = duration(required(args[i], value));
                default -> {
                    System.err.println("usage: PspSimulator [--host 127.0.0.1] [--port 8090] [--failure-rate 0.1] [--latency-ms 50] "
                            + "[--default-limit 10000.00] [--seed 42] [--webhook-url http://127.0.0.1:8084/api/v1/psp/notifications] "
                            + "[--webhook-secret secret] [--authorization-ttl 7d]");
                    System.exit(2);
                }
            }
            i++;
        }
        PspSimulator simulator = start(new Options(host, port, failureRate, latency, limit, seed, webhookUrl, webhookSecret, ttl));
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        System.out.println("PSP simulator listening on " + host + ":" + simulator.port() + " (failure rate " + failureRate
                + ", latency " + latency + " ms, default authorisation limit " + limit.toPlainString()
                + ", authorisations expire after " + ttl + ")");
    }

    /** {@code 7d}, {@code 12h}, {@code 30m}, {@code 90s} or ISO-8601 ({@code PT36H}). */
    static Duration duration(String value) {
        var shorthand = Pattern.compile("(\\d+)([dhms])").matcher(value);
        if (shorthand.matches()) {
            long n = Long.parseLong(shorthand.group(1));
            return switch (shorthand.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            };
        }
        return Duration.parse(value);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String required(String option, String value) {
        if (value == null) throw new IllegalArgumentException(option + " needs a value");
        return value;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            try {
                if (path.equals("/health")) {
                    respond(exchange, 200, Map.of("status", "UP"));
                } else if (path.equals("/v1/faults")) {
                    handleFaults(exchange, method);
                } else if (EVIDENCE.matcher(path).matches() || (method.equals("GET") && path.startsWith("/v1/disputes/"))) {
                    // the merchant's calls: idempotent and subject to faults like captures
                    handleBusiness(exchange, method, path);
                } else if (path.startsWith("/v1/disputes")) {
                    handleDisputes(exchange, method, path);
                } else if (AGE.matcher(path).matches()) {
                    handleAge(exchange, method, path);
                } else if (path.startsWith("/v1/")) {
                    handleBusiness(exchange, method, path);
                } else {
                    throw new PspRefusal(404, "not_found", "no resource " + path);
                }
            } catch (PspRefusal refusal) {
                respond(exchange, refusal.status(), error(refusal));
            }
        }
    }

    private void handleFaults(HttpExchange exchange, String method) throws IOException {
        if (method.equals("GET")) {
            respond(exchange, 200, faults.settings());
        } else if (method.equals("POST")) {
            JsonNode body = body(exchange);
            respond(exchange, 200, faults.update(integer(body, "failNext"), integer(body, "failNextAfterProcessing"),
                    body.has("failureRate") ? body.get("failureRate").asDouble() : null,
                    body.has("latencyMs") ? body.get("latencyMs").asLong() : null));
        } else {
            throw new PspRefusal(405, "method_not_allowed", method + " " + "/v1/faults");
        }
    }

    /** Test-facing: a cardholder disputes a capture, the bank decides; each step is a signed webhook to the merchant. */
    private void handleDisputes(HttpExchange exchange, String method, String path) throws IOException {
        if (!method.equals("POST")) throw new PspRefusal(405, "method_not_allowed", method + " " + path);
        JsonNode body = body(exchange);
        String url = body.hasNonNull("notifyUrl") ? body.get("notifyUrl").asString() : null;
        if (path.equals("/v1/disputes")) {
            BigDecimal amount = body.hasNonNull("amount") ? amount(body) : null;
            respond(exchange, 201, disputes.open(text(body, "capture"), amount,
                    body.hasNonNull("reason") ? body.get("reason").asString() : null, url));
            return;
        }
        String[] parts = path.split("/");
        if (parts.length == 5 && parts[4].equals("resolve")) {
            respond(exchange, 200, disputes.resolve(parts[3], text(body, "outcome"), url));
        } else if (parts.length == 5 && parts[4].equals("notify")) {
            respond(exchange, 200, disputes.renotify(parts[3], url));
        } else {
            throw new PspRefusal(404, "not_found", "no resource " + path);
        }
    }

    /** Test-facing: age an authorisation (past its time to live, captures are refused) and let its card decline. */
    private void handleAge(HttpExchange exchange, String method, String path) throws IOException {
        if (!method.equals("POST")) throw new PspRefusal(405, "method_not_allowed", method + " " + path);
        JsonNode body = body(exchange);
        Duration age = body.hasNonNull("ageSeconds") ? Duration.ofSeconds(body.get("ageSeconds").asLong()) : null;
        Boolean decline = body.hasNonNull("declineReauthorization") ? body.get("declineReauthorization").asBoolean() : null;
        var matcher = AGE.matcher(path);
        matcher.matches();
        respond(exchange, 200, ledger.age(matcher.group(1), age, decline));
    }

    private void handleBusiness(HttpExchange exchange, String method, String path) throws IOException {
        sleep(faults.latency().toMillis());
        Faults.Outcome outcome = faults.next();
        if (outcome == Faults.Outcome.FAIL_BEFORE) {
            respond(exchange, 503, Map.of("error", "unavailable", "message", "injected fault"));
            return;
        }
        Stored answer = method.equals("POST") ? post(exchange, path) : get(method, path);
        if (outcome == Faults.Outcome.FAIL_AFTER) {
            respond(exchange, 503, Map.of("error", "unavailable", "message", "injected fault after processing"));
            return;
        }
        respond(exchange, answer.status(), answer.body());
    }

    private Stored get(String method, String path) {
        if (!method.equals("GET")) throw new PspRefusal(405, "method_not_allowed", method + " " + path);
        if (path.startsWith("/v1/captures/")) {
            String id = path.substring("/v1/captures/".length());
            return stored(null, 200, ledger.findCapture(id)
                    .orElseThrow(() -> new PspRefusal(404, "unknown_capture", "no capture " + id)));
        }
        if (path.startsWith("/v1/releases/")) {
            String id = path.substring("/v1/releases/".length());
            return stored(null, 200, ledger.findRelease(id)
                    .orElseThrow(() -> new PspRefusal(404, "unknown_release", "no release " + id)));
        }
        if (path.startsWith("/v1/disputes/")) {
            return stored(null, 200, disputes.dispute(path.substring("/v1/disputes/".length())));
        }
        if (path.startsWith("/v1/authorizations/")) {
            String id = path.substring("/v1/authorizations/".length());
            return stored(null, 200, ledger.findAuthorization(id)
                    .orElseThrow(() -> new PspRefusal(404, "unknown_authorization", "no authorization " + id)));
        }
        throw new PspRefusal(404, "not_found", "no resource " + path);
    }

    private Stored post(HttpExchange exchange, String path) throws IOException {
        JsonNode body = body(exchange);
        String key = exchange.getRequestHeaders().getFirst(IDEMPOTENCY_KEY);
        if (path.equals("/v1/authorizations")) {
            String id = text(body, "id");
            boolean existed = ledger.hasAuthorization(id);
            Ledger.AuthorizationView view = ledger.authorize(id, amount(body), currency(body));
            return stored(body, existed ? 200 : 201, view);
        }
        var reauthorization = REAUTHORIZATIONS.matcher(path);
        boolean reauthorizing = reauthorization.matches();
        var evidence = EVIDENCE.matcher(path);
        boolean evidencing = evidence.matches();
        if (!path.equals("/v1/captures") && !path.equals("/v1/refunds") && !path.equals("/v1/releases") && !reauthorizing
                && !evidencing) {
            throw new PspRefusal(404, "not_found", "no resource " + path);
        }
        if (key == null || key.isBlank() || key.length() > 255) {
            throw new PspRefusal(400, "invalid_request", IDEMPOTENCY_KEY + ": header required (1-255 characters)");
        }
        String scope = path + " " + key;
        // one request at a time: the check of the key and the booking must not interleave with a retry of the same key
        synchronized (answers) {
            Stored previous = answers.get(scope);
            if (previous != null) {
                if (!previous.request().equals(body)) {
                    throw new PspRefusal(422, "idempotency_key_reused", IDEMPOTENCY_KEY + " " + key
                            + " was used with another request");
                }
                return previous;
            }
            Stored answer;
            try {
                answer = reauthorizing
                        ? stored(body, 201, ledger.reauthorize(reauthorization.group(1), amount(body), currency(body)))
                        : evidencing ? stored(body, 201, disputes.evidence(evidence.group(1), text(body, "evidence")))
                        : switch (path) {
                            case "/v1/captures" -> capture(body);
                            case "/v1/releases" -> release(body);
                            default -> refund(body);
                        };
            } catch (PspRefusal refusal) {
                answer = stored(body, refusal.status(), error(refusal));
            }
            answers.put(scope, answer);
            return answer;
        }
    }

    private Stored capture(JsonNode body) {
        return stored(body, 201, ledger.capture(text(body, "authorization"), amount(body), currency(body)));
    }

    private Stored release(JsonNode body) {
        return stored(body, 201, ledger.release(text(body, "authorization"), amount(body), currency(body)));
    }

    private Stored refund(JsonNode body) {
        BigDecimal amount = amount(body);
        String currency = currency(body);
        if (body.hasNonNull("capture")) {
            return stored(body, 201, ledger.refundCapture(text(body, "capture"), amount, currency));
        }
        if (body.hasNonNull("authorization")) {
            return stored(body, 201, ledger.refundAuthorization(text(body, "authorization"), amount, currency));
        }
        throw new PspRefusal(400, "invalid_request", "capture: either capture or authorization is required");
    }

    private static Stored stored(JsonNode request, int status, Object body) {
        return new Stored(request, status, JSON.writeValueAsBytes(body));
    }

    private static Map<String, String> error(PspRefusal refusal) {
        return Map.of("error", refusal.error(), "message", refusal.getMessage());
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) throw new PspRefusal(413, "too_large", "body larger than " + MAX_BODY + " bytes");
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) throw new PspRefusal(400, "invalid_request", "body: a JSON object is required");
            return node;
        } catch (JacksonException e) {
            throw new PspRefusal(400, "invalid_request", "body: not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new PspRefusal(400, "invalid_request", field + ": a non-blank string is required");
        }
        return value.asString();
    }

    private static BigDecimal amount(JsonNode body) {
        JsonNode value = body.get("amount");
        try {
            if (value != null && value.isString()) return new BigDecimal(value.asString());
            if (value != null && value.isNumber()) return value.decimalValue();
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new PspRefusal(400, "invalid_request", "amount: a decimal string such as \"29.98\" is required");
    }

    private static String currency(JsonNode body) {
        String currency = text(body, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new PspRefusal(400, "invalid_request", "currency: an ISO 4217 code such as EUR is required");
        }
        return currency;
    }

    private static Integer integer(JsonNode body, String field) {
        return body.has(field) ? body.get(field).asInt() : null;
    }

    private static void sleep(long millis) {
        if (millis <= 0) return;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        respond(exchange, status, JSON.writeValueAsBytes(body));
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
