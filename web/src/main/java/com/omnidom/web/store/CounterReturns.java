package com.omnidom.web.store;

import com.omnidom.web.ApiClients;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** returns-service as the store's counter uses it: find the order by its number, take the goods back at once. */
@Component
public class CounterReturns {

    private static final ParameterizedTypeReference<Map<String, Object>> DOCUMENT = new ParameterizedTypeReference<>() {
    };

    private final ApiClients.Services services;

    CounterReturns(ApiClients.Services services) {
        this.services = services;
    }

    /** The order's lines with what may come back, and its id. */
    public Map<String, Object> returnable(String orderNumber) {
        return services.returns().get().uri("/api/v1/returnable-orders?orderNumber={n}", orderNumber).retrieve().body(DOCUMENT);
    }

    /** A return taken over this store's counter: received at once, so the refund follows without waiting. */
    public Map<String, Object> takeBack(UUID orderId, String storeId, List<Map<String, Object>> lines) {
        return services.returns().post().uri("/api/v1/returns").body(Map.of("orderId", orderId, "channel", "STORE",
                "locationId", storeId, "receiveNow", true, "lines", lines)).retrieve().body(DOCUMENT);
    }
}
