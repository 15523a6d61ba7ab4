package com.omnidom.devstack.traffic;

import com.omnidom.devstack.auth.TokenClient;

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
 * orders and works each as {@link LocationPolicy} plans it (reject, or acknowledge then ship or hand over). Each
 * location does so as itself: with its own client's token (a store's or warehouse's, or its partner's), listing only
 * its own fulfilment orders.
 */
final class LocationPlayer {

    /** The hand-over's check: the demo's customers read no e-mail, so they have no pickup code to show. */
    static final String HANDOVER = "{\"identityCheck\":\"demo: ID card checked\"}";

    private final HttpClient http;
    private final URI routingUrl;
    private final LocationPolicy policy;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;
    private final ErrorSamples errorSamples;
    private final TokenClient tokens;
    /** Location id to the client id that works its fulfilment orders. */
    private final Map<String, String> clients;
    private final List<String> locationIds;
    private final AtomicLong ticks = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicInteger pending = new AtomicInteger();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> played = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    LocationPlayer(HttpClient http, URI routingUrl, LocationPolicy policy, ScheduledExecutorService timer,
                   ExecutorService workers, ErrorSamples errorSamples, TokenClient tokens, Map<String, String> clients) {
        this.http = http;
        this.routingUrl = routingUrl;
        this.policy = policy;
        this.timer = timer;
        this.workers = workers;
        this.errorSamples = errorSamples;
        this.tokens = tokens;
        this.clients = Map.copyOf(clients);
        this.locationIds = clients.keySet().stream().sorted().toList();
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

    /**
     * Called every second: a third of the locations look for new work each time, so each looks every
     * {@value #POLL_EVERY} seconds - one request per location instead of one per second each.
     */
    void poll() {
        if (stopping) {
            return;
        }
        long tick = ticks.getAndIncrement();
        for (int i = 0; i < locationIds.size(); i++) {
            if (i % POLL_EVERY == tick % POLL_EVERY) {
                String locationId = locationIds.get(i);
                try {
                    workers.submit(() -> poll(locationId));
                } catch (RejectedExecutionException e) {
                    return;
                }
            }
        }
    }

    static final int POLL_EVERY = 3;

    private void poll(String locationId) {
        try {
            for (int page = 0; page < 20; page++) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(routingUrl.resolve(
                                "/api/v1/fulfillments?locationId=" + locationId + "&status=ALLOCATED&page=" + page + "&size=100"))
                        .timeout(Duration.ofSeconds(20)).header("Accept", "application/json")
                        .header("Authorization", "Bearer " + token(locationId)).GET().build(),
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
                    if (f.key() != null && locationId.equals(f.locationId()) && seen.add(f.key())) {
                        play(f);
                    }
                }
                if (items.size() < 100) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.incrementAndGet();
            errorSamples.note("GET /api/v1/fulfillments " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String token(String locationId) {
        return tokens.demoToken(clients.get(locationId));
    }

    private void play(Fulfillment f) {
        LocationPolicy.Plan plan = policy.plan(f.locationId(), f.mode());
        pending.incrementAndGet();
        String base = "/api/v1/fulfillments/" + f.key();
        if (plan.reject()) {
            later(plan.acknowledgeAfter(), () -> {
                call(f, base + "/reject", "{\"reason\":\"NOT_FOUND\"}", "rejected");
                pending.decrementAndGet();
            });
            return;
        }
        later(plan.acknowledgeAfter(), () -> {
            if (!call(f, base + "/acknowledge", null, "acknowledged")) {
                pending.decrementAndGet();
                return;
            }
            if ("PICKUP".equals(f.mode())) {
                later(plan.shipAfter(), () -> {
                    if (call(f, base + "/ready-for-pickup", null, "ready for pickup")) {
                        later(plan.pickedUpAfter(), () -> {
                            call(f, base + "/picked-up", HANDOVER, "picked up");
                            pending.decrementAndGet();
                        });
                    } else {
                        pending.decrementAndGet();
                    }
                });
            } else {
                later(plan.shipAfter(), () -> {
                    call(f, base + "/ship", JSON.writeValueAsString(Map.of("carrier", plan.carrier(),
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

    private boolean call(Fulfillment f, String path, String json, String outcome) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(routingUrl.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").header("Authorization", "Bearer " + token(f.locationId()));
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
        } catch (IOException | TokenClient.TokenException e) {
            errors.incrementAndGet();
            errorSamples.note("POST " + path.replaceAll("/fulfillments/[^/]+/", "/fulfillments/{id}/") + " "
                    + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
