package com.omnidom.devstack.traffic;

import com.omnidom.devstack.auth.DemoCredentials;
import com.omnidom.devstack.auth.TokenClient;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static com.omnidom.devstack.traffic.DemoTraffic.JSON;

/**
 * Posts orders to order-service with an Idempotency-Key (one retry on an I/O failure) and counts the answers; each
 * order carries the token of its channel's client (the e-shop's for web orders).
 */
final class OrderPoster {

    private final HttpClient http;
    private final URI orderUrl;
    private final EventTally tally;
    private final ErrorSamples errorSamples;
    private final TokenClient tokens;
    private final Answers answers;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    /** Who hears of each answer: the bench times POST → 201 from the moment the order was due. */
    interface Answers {
        Answers NONE = (orderId, units, dueAt, answeredAt) -> { };

        /** {@code orderId} is null for an order that was not accepted. */
        void answered(String orderId, int units, long dueAtMillis, long answeredAtMillis);
    }

    OrderPoster(HttpClient http, URI orderUrl, EventTally tally, ErrorSamples errorSamples, TokenClient tokens) {
        this(http, orderUrl, tally, errorSamples, tokens, Answers.NONE);
    }

    OrderPoster(HttpClient http, URI orderUrl, EventTally tally, ErrorSamples errorSamples, TokenClient tokens,
                Answers answers) {
        this.answers = answers;
        this.http = http;
        this.orderUrl = orderUrl;
        this.tally = tally;
        this.errorSamples = errorSamples;
        this.tokens = tokens;
    }

    record Created(String id) {
    }

    /** Counts an order handed to a worker to be posted. */
    void submitted() {
        sent.incrementAndGet();
    }

    long sent() {
        return sent.get();
    }

    long accepted() {
        return accepted.get();
    }

    long errors() {
        return errors.get();
    }

    /**
     * Posts one order. {@code dueAtMillis}: when the schedule wanted it sent; latencies count from then, not from the
     * actual send, so a stack that makes the generator wait is not measured as faster (coordinated omission).
     */
    void post(OrderRequest order, long dueAtMillis) {
        String key = UUID.randomUUID().toString();
        byte[] body = JSON.writeValueAsBytes(order);
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(orderUrl.resolve("/api/v1/orders"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Idempotency-Key", key)
                        .header("Authorization", "Bearer " + tokens.demoToken(DemoCredentials.channelClient(order.channel())))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    String id = JSON.readValue(response.body(), Created.class).id();
                    accepted.incrementAndGet();
                    if (id != null) {
                        tally.posted(id, dueAtMillis, order.units());
                    }
                    answers.answered(id, order.units(), dueAtMillis, System.currentTimeMillis());
                } else {
                    answers.answered(null, order.units(), dueAtMillis, System.currentTimeMillis());
                    errors.incrementAndGet();
                    errorSamples.answer("POST /api/v1/orders", response);
                }
                return;
            } catch (IOException e) {
                if (attempt == 2) {
                    errors.incrementAndGet();
                    errorSamples.note("POST /api/v1/orders " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
                }
            } catch (TokenClient.TokenException | IllegalArgumentException e) {
                errors.incrementAndGet();
                errorSamples.note("POST /api/v1/orders without a token", e.getMessage());
                return;
            } catch (JacksonException e) {
                errors.incrementAndGet();
                errorSamples.note("POST /api/v1/orders unreadable answer", e.getOriginalMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
