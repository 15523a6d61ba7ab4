package com.omnidom.systemtests;

import com.omnidom.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Intake under retries: one Idempotency-Key is one order, however many times and however concurrently it is posted. */
@ExtendWith(RunningSystem.class)
class IdempotentIntakeSystemIT {

    private final TheSystem system;

    IdempotentIntakeSystemIT(TheSystem system) {
        this.system = system;
    }

    @Test
    void sameOrderPostedThreeTimesConcurrentlyWithOneIdempotencyKeyIsOneOrder() throws Exception {
        String email = "idem-" + UUID.randomUUID() + "@example.com";
        Map<String, Object> order = Retailer.shipToBerlin(email, "de", List.of(Retailer.line("SKU-JACKET", 1, "49.90")));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        List<Callable<Http.Response>> posts = new ArrayList<>();
        for (int i = 0; i < 3; i++) posts.add(() -> system.orders.post("/api/v1/orders", order, key));
        List<Http.Response> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(3)) {
            for (Future<Http.Response> answer : pool.invokeAll(posts)) answers.add(answer.get());
        }

        assertThat(answers).extracting(Http.Response::status).containsOnly(201);
        assertThat(answers).extracting(r -> r.json().get("id").asString()).containsOnly(answers.getFirst().json().get("id").asString());
        String customerId = ((Map<?, ?>) order.get("customer")).get("customerId").toString();
        assertThat(system.orders.get("/api/v1/orders?customerId=" + customerId).json().get("totalItems").asInt()).isEqualTo(1);
    }
}
