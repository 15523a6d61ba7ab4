package com.omnidom.web.fulfillment;

import com.omnidom.web.ApiClients;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** routing-service's fulfilment API, called as the signed-in person: it shows and works only their location's. */
@Component
public class Fulfillments {

    private static final int PAGE = 200;

    private final RestClient routing;

    Fulfillments(ApiClients.Services services) {
        this.routing = services.routing();
    }

    record Page(List<Fulfillment> items, int page, int size, long totalItems, int totalPages) {
    }

    /** Everything still to be worked, oldest first (priority first within a status as routing queues them). */
    public List<Fulfillment> open() {
        List<Fulfillment> open = new ArrayList<>();
        for (String status : Fulfillment.OPEN) {
            open.addAll(withStatus(status));
        }
        open.sort(Comparator.comparing(Fulfillment::createdAt));
        return open;
    }

    public List<Fulfillment> withStatus(String status) {
        List<Fulfillment> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page p = routing.get().uri("/api/v1/fulfillments?status={s}&page={p}&size={n}", status, page, PAGE)
                    .retrieve().body(Page.class);
            found.addAll(p.items());
            if (page + 1 >= p.totalPages()) return found;
        }
    }

    public Fulfillment get(UUID id) {
        return routing.get().uri("/api/v1/fulfillments/{id}", id).retrieve().body(Fulfillment.class);
    }

    public Fulfillment acknowledge(UUID id) {
        return post(id, "acknowledge", Map.of());
    }

    public Fulfillment reject(UUID id, String reason) {
        return post(id, "reject", Map.of("reason", reason));
    }

    public Fulfillment ship(UUID id, String carrier, String trackingNumber) {
        return post(id, "ship", Map.of("carrier", carrier, "trackingNumber", trackingNumber));
    }

    public Fulfillment readyForPickup(UUID id) {
        return post(id, "ready-for-pickup", Map.of());
    }

    /** The customer showed their pickup code; routing-service checks it. */
    public Fulfillment handOverWithCode(UUID id, String pickupCode) {
        return post(id, "picked-up", Map.of("pickupCode", pickupCode));
    }

    /** The customer had no code: staff checked their identity instead, and say how. */
    public Fulfillment handOverWithIdentityCheck(UUID id, String identityCheck) {
        return post(id, "picked-up", Map.of("identityCheck", identityCheck));
    }

    private Fulfillment post(UUID id, String step, Map<String, String> body) {
        return routing.post().uri("/api/v1/fulfillments/{id}/{step}", id, step).body(body)
                .retrieve().body(Fulfillment.class);
    }

    /** The pick list: units per article over the fulfilment orders whose goods are still to be picked. */
    public static Map<String, Integer> pickList(List<Fulfillment> fulfillments) {
        Map<String, Integer> units = new TreeMap<>();
        fulfillments.stream().filter(Fulfillment::inHand)
                .flatMap(f -> f.lines().stream())
                .forEach(line -> units.merge(line.sku(), line.quantity(), Integer::sum));
        return units;
    }
}
