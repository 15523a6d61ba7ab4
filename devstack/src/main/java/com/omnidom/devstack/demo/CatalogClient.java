package com.omnidom.devstack.demo;

import com.omnidom.devstack.auth.TokenClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** The few calls of catalog-service's public REST API that the demo loader needs. */
final class CatalogClient {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final URI baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Supplier<String> token;

    /** {@code token} supplies the bearer token every call carries (the demo loader's, role admin). */
    CatalogClient(URI baseUrl, Supplier<String> token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Throws {@link Unreachable} unless {@code /actuator/health} answers UP. */
    void checkHealth() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(baseUrl.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(10)).GET().build());
        if (response.statusCode() != 200 || !response.body().contains("\"UP\"")) {
            throw new Unreachable("catalog-service at " + baseUrl + " is not healthy: HTTP " + response.statusCode()
                    + " " + abbreviate(response.body()));
        }
    }

    /** Starts a bulk import of JSON lines; {@code path} is e.g. {@code /api/v1/imports/articles}. */
    Started startImport(String path, List<?> documents) {
        var body = new StringBuilder();
        for (Object document : documents) {
            body.append(JSON.writeValueAsString(document)).append('\n');
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-ndjson")
                .header("Accept", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
        if (response.statusCode() / 100 != 2) {
            throw new Rejected("POST " + path + " answered HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        ImportStatus status = parse(response.body(), "POST " + path);
        URI statusUri = response.headers().firstValue("Location")
                .map(baseUrl::resolve)
                .orElse(baseUrl.resolve("/api/v1/imports/" + status.id()));
        return new Started(statusUri, status);
    }

    ImportStatus status(URI statusUri) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(statusUri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build());
        if (response.statusCode() != 200) {
            throw new Rejected("GET " + statusUri.getPath() + " answered HTTP " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        return parse(response.body(), "GET " + statusUri.getPath());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Authorization", "Bearer " + token.get()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (TokenClient.TokenException e) {
            throw new Unreachable("no token for catalog-service: " + e.getMessage());
        } catch (ConnectException e) {
            throw new Unreachable("catalog-service is not reachable at " + baseUrl + " (connection refused)");
        } catch (HttpTimeoutException e) {
            throw new Unreachable("catalog-service at " + baseUrl + " did not answer " + request.method() + " "
                    + request.uri().getPath() + " in time");
        } catch (IOException e) {
            throw new Unreachable("catalog-service at " + baseUrl + " failed on " + request.method() + " "
                    + request.uri().getPath() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }

    private static ImportStatus parse(String body, String call) {
        try {
            ImportStatus status = JSON.readValue(body, ImportStatus.class);
            if (status.id() == null) {
                throw new Rejected(call + " answered without an import id: " + abbreviate(body));
            }
            return status;
        } catch (JacksonException e) {
            throw new Rejected(call + " answered something that is not an import status: " + abbreviate(body));
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 500) + "...";
    }

    record Started(URI statusUri, ImportStatus status) {
    }

    /** The service is down or not answering. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }

    /** The service answered, but refused the request or answered nonsense. */
    static final class Rejected extends RuntimeException {
        Rejected(String message) {
            super(message);
        }
    }
}
