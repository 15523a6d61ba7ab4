package com.omnidom.testsupport;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A plain HTTP client against the running service that never throws on 4xx/5xx, so tests assert the answers.
 * Each call carries a bearer token: by default the {@link TestCaller#SUPERUSER}'s, else the caller's given to
 * {@link #as(TestCaller)}; {@link #anonymous()} sends none and {@link #withToken(String)} a raw one.
 */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;
    private final Supplier<String> token;

    public Http(int port) {
        this(port, TestCaller.SUPERUSER::token);
    }

    /** Calls with the tokens {@code token} supplies (null: without a token). */
    public Http(int port, Supplier<String> token) {
        this(RestClient.builder().baseUrl("http://localhost:" + port).build(), token);
    }

    private Http(RestClient client, Supplier<String> token) {
        this.client = client;
        this.token = token;
    }

    /** The same service, called by {@code caller}. */
    public Http as(TestCaller caller) {
        return new Http(client, caller::token);
    }

    /** The same service, called without a token. */
    public Http anonymous() {
        return new Http(client, () -> null);
    }

    /** The same service, called with this raw token (forged, expired ...). */
    public Http withToken(String raw) {
        return new Http(client, () -> raw);
    }

    public record Response(int status, HttpHeaders headers, String text) {
        public JsonNode json() {
            return text == null || text.isEmpty() ? null : JSON.readTree(text);
        }

        public String contentType() {
            return headers.getContentType() == null ? null : headers.getContentType().toString();
        }
    }

    public Response get(String path) {
        return exchange(HttpMethod.GET, path, null, null);
    }

    public Response post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON);
    }

    /** POST with extra headers, e.g. {@code Idempotency-Key}. */
    public Response post(String path, Object body, Map<String, String> headers) {
        return exchange(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON, headers);
    }

    public Response put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body, MediaType.APPLICATION_JSON);
    }

    /** Sends {@code body} as is when it is a String, else as JSON. */
    public Response exchange(HttpMethod method, String path, Object body, MediaType contentType) {
        return exchange(method, path, body, contentType, Map.of());
    }

    public Response exchange(HttpMethod method, String path, Object body, MediaType contentType,
                             Map<String, String> headers) {
        var request = client.method(method).uri(path);
        String bearer = token.get();
        if (bearer != null) request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
        headers.forEach(request::header);
        if (body != null) {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            request = request.contentType(contentType).body(text.getBytes(StandardCharsets.UTF_8));
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }
}
