package com.omnidom.routing.fulfillment.application;

import com.omnidom.platform.metrics.EventMeters;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.replica.application.Replicas;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The fulfilment orders' transitions as metrics ({@code docs/metrics.md}), labelled by the type of the location (which
 * the events do not carry): looked up in the transaction where the step happens, recorded once it committed, so a
 * rolled-back or retried step counts nothing.
 */
@Component
public class FulfillmentMeters {

    /** Rejection codes a location sends today (the API's examples); any other code is {@code other}, so the label stays bounded. */
    static final Set<String> REJECTION_REASONS = Set.of("NOT_FOUND", "DAMAGED", "NO_CAPACITY");
    static final String UNKNOWN_TYPE = "UNKNOWN";

    private final MeterRegistry meters;
    private final Replicas replicas;

    public FulfillmentMeters(MeterRegistry meters, Replicas replicas) {
        this.meters = meters;
        this.replicas = replicas;
    }

    public void assigned(FulfillmentOrder f) {
        transition(f, "assigned");
    }

    public void acknowledged(FulfillmentOrder f) {
        transition(f, "acknowledged");
    }

    public void readyForPickup(FulfillmentOrder f) {
        transition(f, "ready_for_pickup");
    }

    /** The customer of a pickup waiting too long was reminded (not a status change, but a step of its life). */
    public void pickupReminded(FulfillmentOrder f) {
        transition(f, "reminded");
    }

    /** Nobody collected the pickup in time: EXPIRED. */
    public void pickupExpired(FulfillmentOrder f) {
        transition(f, "expired");
    }

    /** Counts only a fulfilment the cancellation emptied (units taken out of a live one are no transition). */
    public void cancelled(FulfillmentOrder f) {
        transition(f, "cancelled");
    }

    public void rejected(FulfillmentOrder f) {
        String type = locationType(f);
        String reason = REJECTION_REASONS.contains(f.rejectionReason()) ? f.rejectionReason() : "other";
        EventMeters.afterCommit(() -> {
            count(type, "rejected");
            Counter.builder("omnidom.fulfillment.rejections").description("Fulfilment orders rejected by their location")
                    .tags("reason", reason, "location_type", type).register(meters).increment();
        });
    }

    /** Time to ship: from the assignment (the fulfilment order's creation) to {@code shippedAt}. */
    public void shipped(FulfillmentOrder f, Instant shippedAt) {
        String type = locationType(f);
        Duration toShip = Duration.between(f.createdAt(), shippedAt);
        EventMeters.afterCommit(() -> {
            count(type, "shipped");
            timer("omnidom.fulfillment.time.to.ship", "From assignment to shipment", type).record(toShip);
        });
    }

    /** Time to pickup: from {@code readySince} (when the store said ready) to {@code pickedUpAt}. */
    public void pickedUp(FulfillmentOrder f, Instant readySince, Instant pickedUpAt) {
        String type = locationType(f);
        Duration toPickup = Duration.between(readySince, pickedUpAt);
        EventMeters.afterCommit(() -> {
            count(type, "picked_up");
            timer("omnidom.fulfillment.time.to.pickup", "From ready for pickup to picked up", type).record(toPickup);
        });
    }

    private void transition(FulfillmentOrder f, String transition) {
        String type = locationType(f);
        EventMeters.afterCommit(() -> count(type, transition));
    }

    private String locationType(FulfillmentOrder f) {
        return replicas.locationType(f.locationId()).orElse(UNKNOWN_TYPE);
    }

    private void count(String locationType, String transition) {
        Counter.builder("omnidom.fulfillment.orders").description("Fulfilment orders' transitions")
                .tags("transition", transition, "location_type", locationType).register(meters).increment();
    }

    private Timer timer(String name, String description, String locationType) {
        return Timer.builder(name).description(description).tag("location_type", locationType)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofSeconds(1))
                .maximumExpectedValue(Duration.ofDays(14)).register(meters);
    }

}
