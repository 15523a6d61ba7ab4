package com.omnidom.devstack.demo;

import com.omnidom.devstack.auth.TokenClient;
import com.omnidom.devstack.demo.CatalogClient.Rejected;
import com.omnidom.devstack.demo.CatalogClient.Unreachable;
import com.omnidom.devstack.demo.StockPlan.StockLevel;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** The calls of inventory-service's public REST API that load opening stock. */
final class InventoryClient {

    private static final int PARALLEL_PUTS = 8;

    private final URI baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Supplier<String> token;

    /** {@code token} supplies the bearer token every call carries (the demo loader's, role admin). */
    InventoryClient(URI baseUrl, Supplier<String> token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    void checkHealth() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(baseUrl.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(10)).GET().build());
        if (response.statusCode() != 200 || !response.body().contains("\"UP\"")) {
            throw new Unreachable("inventory-service at " + baseUrl + " is not healthy: HTTP " + response.statusCode());
        }
    }

    /** Outcome of one import: which of the given levels were rejected, and why. */
    record Outcome(int accepted, List<Rejection> rejections) {
    }

    record Rejection(StockLevel level, String field, String message) {
    }

    /** The stock import endpoint does not exist: the caller falls back to one PUT per level. */
    static final class NoImportEndpoint extends RuntimeException {
        NoImportEndpoint() {
            super("no stock import endpoint");
        }
    }

    /** {@code POST /api/v1/stock/imports} with JSON lines; the answer lists the rejected rows (1-based). */
    Outcome importLevels(List<StockLevel> levels) {
        var body = new StringBuilder();
        for (StockLevel level : levels) {
            body.append(CatalogClient.JSON.writeValueAsString(level)).append('\n');
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(baseUrl.resolve("/api/v1/stock/imports"))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/x-ndjson")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
        if (response.statusCode() == 404 || response.statusCode() == 405) {
            throw new NoImportEndpoint();
        }
        if (response.statusCode() / 100 != 2) {
            throw new Rejected("POST /api/v1/stock/imports answered HTTP " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        StockImportResult result;
        try {
            result = CatalogClient.JSON.readValue(response.body(), StockImportResult.class);
        } catch (JacksonException e) {
            throw new Rejected("POST /api/v1/stock/imports answered something that is not an import result: "
                    + abbreviate(response.body()));
        }
        var rejections = new ArrayList<Rejection>();
        for (StockImportResult.RowError error : result.errors() == null ? List.<StockImportResult.RowError>of() : result.errors()) {
            if (error.row() != null && error.row() >= 1 && error.row() <= levels.size()) {
                rejections.add(new Rejection(levels.get(error.row() - 1), error.field(), error.message()));
            }
        }
        return new Outcome(result.accepted(), rejections);
    }

    /** {@code PUT /api/v1/stock/{locationId}/{sku}} for each level, a few at a time. */
    Outcome putLevels(List<StockLevel> levels) {
        var rejections = new ConcurrentLinkedQueue<Rejection>();
        var permits = new Semaphore(PARALLEL_PUTS);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (StockLevel level : levels) {
                permits.acquireUninterruptibly();
                executor.submit(() -> {
                    try {
                        String path = "/api/v1/stock/" + encode(level.locationId()) + "/" + encode(level.sku());
                        HttpResponse<String> response = send(HttpRequest.newBuilder(baseUrl.resolve(path))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(
                                        CatalogClient.JSON.writeValueAsString(Map.of("onHand", level.onHand()))))
                                .build());
                        if (response.statusCode() / 100 != 2) {
                            rejections.add(new Rejection(level, null, "HTTP " + response.statusCode() + " "
                                    + abbreviate(response.body())));
                        }
                    } catch (RuntimeException e) {
                        rejections.add(new Rejection(level, null, e.getMessage()));
                    } finally {
                        permits.release();
                    }
                });
            }
        }
        return new Outcome(levels.size() - rejections.size(), List.copyOf(rejections));
    }

    private static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Authorization", "Bearer " + token.get()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (TokenClient.TokenException e) {
            throw new Unreachable("no token for inventory-service: " + e.getMessage());
        } catch (ConnectException e) {
            throw new Unreachable("inventory-service is not reachable at " + baseUrl + " (connection refused)");
        } catch (HttpTimeoutException e) {
            throw new Unreachable("inventory-service at " + baseUrl + " did not answer " + request.method() + " "
                    + request.uri().getPath() + " in time");
        } catch (IOException e) {
            throw new Unreachable("inventory-service at " + baseUrl + " failed on " + request.method() + " "
                    + request.uri().getPath() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }

    /** {@code {"rows","accepted","rejected","errors":[{"row","field","message"}]}} */
    record StockImportResult(int rows, int accepted, int rejected, List<RowError> errors) {
        record RowError(Integer row, String field, String message) {
        }
    }
}
