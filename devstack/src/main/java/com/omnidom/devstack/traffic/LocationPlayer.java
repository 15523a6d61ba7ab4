package com.omnidom.devstack.traffic;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static com.omnidom.devstack.traffic.DemoTraffic.JSON;

/**
 * Plays the stores and warehouses through routing-service's fulfilment API: picks up the allocated fulfilment
 * orders and works each as {@link LocationPolicy} plans it (reject, or acknowledge then ship or hand over).
 */
final class LocationPlayer {

    private final HttpClient http;
    private final URI routingUrl;
    private final LocationPolicy policy;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;
    private final ErrorSamples errorSamples;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicInteger pending = new AtomicInteger();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> played = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    LocationPlayer(HttpClient http, URI routingUrl, LocationPolicy policy, ScheduledExecutorService timer,
                   ExecutorService workers, ErrorSamples errorSamples) {
        this.http = http;
        this.routingUrl = routingUrl;
        this.policy = policy;
        this.timer = timer;
        this.workers = workers;
        this.errorSamples = errorSamples;
    }

    /** A fulfilment order as routing-service lists it. */
    record Fulfillment(String fulfillmentId, String id, String orderId, String locationId, String mode, String status) {
        String key() {
            return fulfillmentId != null ? fulfillmentId : id;
        }
    }

    record FulfillmentPage(List<Fulfillment> items, List<Fulfillment> content) {
        List<Fulfillment> list() {
            return items != null ? items : content != null ? content : List.of();
        }
    }

    /** Fulfilment orders still being played. */
    int pending() {
        return pending.get();
    }

    long errors() {
        return errors.get();
    }

    int seen() {
        return seen.size();
    }

    /** Steps played, by outcome (acknowledged, shipped, ...). */
    Map<String, AtomicLong> played() {
        return played;
    }

    void stop() {
        stopping = true;
    }

    void poll() {
        if (stopping) {
            return;
        }
        try {
            for (int page = 0; page < 20; page++) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                routingUrl.resolve("/api/v1/fulfillments?status=ALLOCATED&page=" + page + "&size=100"))
                        .timeout(Duration.ofSeconds(20)).header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    errors.incrementAndGet();
                    errorSamples.answer("GET /api/v1/fulfillments", response);
                    return;
                }
                String body = response.body().trim();
                List<Fulfillment> items = body.startsWith("[")
                        ? List.of(JSON.readValue(body, Fulfillment[].class))
                        : JSON.readValue(body, FulfillmentPage.class).list();
                for (Fulfillment f : items) {
                    if (f.key() != null && f.locationId() != null && seen.add(f.key())) {
                        play(f);
                    }
                }
                if (items.size() < 100) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // A scheduled task that throws is never run again: every failure is counted here instead.
            errors.incrementAndGet();
            errorSamples.note("GET /api/v1/fulfillments " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void play(Fulfillment f) {
        LocationPolicy.Plan plan = policy.plan(f.locationId(), f.mode());
        pending.incrementAndGet();
        String base = "/api/v1/fulfillments/" + f.key();
        if (plan.reject()) {
            later(plan.acknowledgeAfter(), () -> {
                call(base + "/reject", "{\"reason\":\"NOT_FOUND\"}", "rejected");
                pending.decrementAndGet();
            });
            return;
        }
        later(plan.acknowledgeAfter(), () -> {
            if (!call(base + "/acknowledge", null, "acknowledged")) {
                pending.decrementAndGet();
                return;
            }
            if ("PICKUP".equals(f.mode())) {
                later(plan.shipAfter(), () -> {
                    if (call(base + "/ready-for-pickup", null, "ready for pickup")) {
                        later(plan.pickedUpAfter(), () -> {
                            call(base + "/picked-up", null, "picked up");
                            pending.decrementAndGet();
                        });
                    } else {
                        pending.decrementAndGet();
                    }
                });
            } else {
                later(plan.shipAfter(), () -> {
                    call(base + "/ship", JSON.writeValueAsString(Map.of("carrier", plan.carrier(),
                            "trackingNumber", plan.trackingNumber())), "shipped");
                    pending.decrementAndGet();
                });
            }
        });
    }

    /** Runs the step after the delay; once the run is over, steps still waiting are dropped. */
    private void later(long millis, Runnable step) {
        try {
            timer.schedule(() -> workers.submit(step), millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
        }
    }

    private boolean call(String path, String json, String outcome) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(routingUrl.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            if (json != null) {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.POST(HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                played.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                return true;
            }
            errors.incrementAndGet();
            errorSamples.answer("POST " + path.replaceAll("/fulfillments/[^/]+/", "/fulfillments/{id}/"), response);
        } catch (IOException e) {
            errors.incrementAndGet();
            errorSamples.note("POST " + path + " " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
