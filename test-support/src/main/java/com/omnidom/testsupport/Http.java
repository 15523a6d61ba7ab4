package com.omnidom.testsupport;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A plain HTTP client against the running service that never throws on 4xx/5xx, so tests assert the answers. */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public Http(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port).build();
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
        headers.forEach(request::header);
        if (body != null) {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            request = request.contentType(contentType).body(text.getBytes(StandardCharsets.UTF_8));
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }
}
