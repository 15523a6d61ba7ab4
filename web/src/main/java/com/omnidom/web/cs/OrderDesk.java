package com.omnidom.web.cs;

import com.omnidom.web.ApiClients;
import com.omnidom.web.ApiRefusal;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What customer service and risk reviewers read and do, as the services' own APIs offer it, called with the person's
 * token. Documents are read as plain maps: the pages show them as the services send them, field by field.
 */
@Component
public class OrderDesk {

    private static final ParameterizedTypeReference<Map<String, Object>> DOCUMENT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> DOCUMENTS = new ParameterizedTypeReference<>() {
    };

    private final ApiClients.Services services;

    OrderDesk(ApiClients.Services services) {
        this.services = services;
    }

    /** order-service's search, newest first; empty criteria are left out. */
    public Map<String, Object> search(Map<String, String> criteria, int page) {
        return services.order().get().uri(uri -> {
            UriBuilder builder = uri.path("/api/v1/orders").queryParam("page", page).queryParam("size", 25);
            criteria.forEach((name, value) -> {
                if (value != null && !value.isBlank()) builder.queryParam(name, value.strip());
            });
            return builder.build();
        }).retrieve().body(DOCUMENT);
    }

    public Map<String, Object> order(UUID id) {
        return read(services.order(), "/api/v1/orders/{id}", id);
    }

    /** The parts of an order page other services hold; empty where the person's role may not read them. */
    public Optional<List<Map<String, Object>>> fulfillments(UUID orderId) {
        return ifAllowed(() -> services.routing().get().uri("/api/v1/orders/{id}/fulfillments", orderId).retrieve().body(DOCUMENTS));
    }

    public Optional<List<Map<String, Object>>> decisions(UUID orderId) {
        return ifAllowed(() -> services.routing().get().uri("/api/v1/orders/{id}/routing-decisions", orderId).retrieve().body(DOCUMENTS));
    }

    /** The money view; empty also while payment-service has not heard of the order yet (404). */
    public Optional<Map<String, Object>> payment(UUID orderId) {
        try {
            return ifAllowed(() -> read(services.payment(), "/api/v1/payments/{id}", orderId));
        } catch (ApiRefusal refused) {
            if (refused.notFound()) return Optional.empty();
            throw refused;
        }
    }

    public Optional<List<Map<String, Object>>> notifications(UUID orderId) {
        return ifAllowed(() -> services.notification().get().uri("/api/v1/notifications?orderId={id}", orderId).retrieve().body(DOCUMENTS));
    }

    @SuppressWarnings("unchecked")
    public Optional<List<Map<String, Object>>> returns(UUID orderId) {
        return ifAllowed(() -> (List<Map<String, Object>>) read(services.returns(), "/api/v1/returns?orderId={id}", orderId).get("items"));
    }

    public Map<String, Object> cancel(UUID orderId, List<Map<String, Object>> lines, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        if (lines != null) body.put("lines", lines);
        return services.order().post().uri("/api/v1/orders/{id}/cancellation", orderId).body(body).retrieve().body(DOCUMENT);
    }

    public Map<String, Object> changeDelivery(UUID orderId, Map<String, Object> delivery) {
        return services.order().put().uri("/api/v1/orders/{id}/delivery", orderId).body(Map.of("delivery", delivery))
                .retrieve().body(DOCUMENT);
    }

    public void note(UUID orderId, String text) {
        services.order().post().uri("/api/v1/orders/{id}/notes", orderId).body(Map.of("text", text)).retrieve().toBodilessEntity();
    }

    public Map<String, Object> replacement(UUID orderId, List<Map<String, Object>> lines, String reason) {
        return services.order().post().uri("/api/v1/orders/{id}/replacements", orderId)
                .body(Map.of("lines", lines, "reason", reason)).retrieve().body(DOCUMENT);
    }

    public Map<String, Object> startReturn(UUID orderId, String locationId, List<Map<String, Object>> lines) {
        return services.returns().post().uri("/api/v1/returns").body(Map.of("orderId", orderId, "channel", "ONLINE",
                "locationId", locationId, "lines", lines)).retrieve().body(DOCUMENT);
    }

    public Map<String, Object> openReviews() {
        return read(services.order(), "/api/v1/risk/reviews?status=OPEN&size=100");
    }

    public void release(UUID orderId, String reason) {
        decide(orderId, "release", reason);
    }

    public void reject(UUID orderId, String reason) {
        decide(orderId, "reject", reason);
    }

    private void decide(UUID orderId, String decision, String reason) {
        services.order().post().uri("/api/v1/risk/reviews/{id}/{decision}", orderId, decision)
                .body(Map.of("reason", reason)).retrieve().toBodilessEntity();
    }

    public Map<String, Object> ageReport() {
        return read(services.order(), "/api/v1/reports/order-age?stuckLimit=100");
    }

    private static Map<String, Object> read(RestClient client, String path, Object... variables) {
        return client.get().uri(path, variables).retrieve().body(DOCUMENT);
    }

    /** A part the person's role may not read (403) is left out of the page rather than failing it. */
    private static <T> Optional<T> ifAllowed(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (ApiRefusal refused) {
            if (refused.status().value() == 403) return Optional.empty();
            throw refused;
        }
    }
}
