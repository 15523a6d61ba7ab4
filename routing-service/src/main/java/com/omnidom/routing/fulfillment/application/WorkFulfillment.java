package com.omnidom.routing.fulfillment.application;

import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import com.omnidom.routing.fulfillment.domain.PickupCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * The steps a location takes on its fulfilment order (rejecting is {@link RejectFulfillment}, as its lines go elsewhere).
 * Each step and its event commit together; the flush takes the row's version (and lock) before the event is
 * appended, so one fulfilment's events are in the order of its changes. A fulfilment outside the caller's
 * {@link WorkScope} is a 404.
 */
@Service
public class WorkFulfillment {

    private final FulfillmentLookup lookup;
    private final FulfillmentOrders fulfillments;
    private final Outbox outbox;
    private final FulfillmentMeters meters;
    private final Clock clock;

    public WorkFulfillment(FulfillmentLookup lookup, FulfillmentOrders fulfillments, Outbox outbox, FulfillmentMeters meters,
                           Clock clock) {
        this.lookup = lookup;
        this.fulfillments = fulfillments;
        this.outbox = outbox;
        this.meters = meters;
        this.clock = clock;
    }

    @Transactional
    public FulfillmentView acknowledge(FulfillmentId id, WorkScope scope) {
        Instant now = clock.instant();
        FulfillmentOrder f = lookup.get(id, scope);
        FulfillmentLookup.step(() -> f.acknowledge(now));
        fulfillments.flush();
        outbox.append(FulfillmentEvents.acknowledged(f, now));
        meters.acknowledged(f);
        return FulfillmentView.of(f);
    }

    @Transactional
    public FulfillmentView ship(FulfillmentId id, String carrier, String trackingNumber, WorkScope scope) {
        Instant now = clock.instant();
        FulfillmentOrder f = lookup.get(id, scope);
        FulfillmentLookup.step(() -> f.ship(carrier, trackingNumber, now));
        fulfillments.flush();
        outbox.append(FulfillmentEvents.shipped(f, now));
        meters.shipped(f, now);
        return FulfillmentView.of(f);
    }

    @Transactional
    public FulfillmentView readyForPickup(FulfillmentId id, WorkScope scope) {
        Instant now = clock.instant();
        FulfillmentOrder f = lookup.get(id, scope);
        String pickupCode = PickupCode.draw();
        FulfillmentLookup.step(() -> f.readyForPickup(pickupCode, now));
        fulfillments.flush();
        outbox.append(FulfillmentEvents.readyForPickup(f, now));
        meters.readyForPickup(f);
        return FulfillmentView.of(f);
    }

    /**
     * Hands over to whoever shows the customer's pickup code. A wrong code answers 422 and changes nothing but the
     * count of wrong codes, which commits all the same (so the limit holds across requests).
     */
    @Transactional(noRollbackFor = InvalidRequest.class)
    public FulfillmentView pickedUpWithCode(FulfillmentId id, String pickupCode, WorkScope scope) {
        Instant now = clock.instant();
        FulfillmentOrder f = lookup.get(id, scope);
        Instant readySince = f.readySince();
        if (!FulfillmentLookup.step(() -> f.pickedUpWithCode(pickupCode, now))) {
            fulfillments.flush();
            int left = FulfillmentOrder.MAX_WRONG_PICKUP_CODES - f.wrongPickupCodes();
            throw new InvalidRequest("pickupCode", "does not match the customer's pickup code; " + (left > 0
                    ? left + (left == 1 ? " more wrong code" : " more wrong codes") + " and only an identity check hands over"
                    : "no more codes are accepted: check the customer's identity"));
        }
        return handedOver(f, readySince, now);
    }

    /** The customer has no code: staff checked an identity document ({@code identityCheck} says which). */
    @Transactional
    public FulfillmentView pickedUpOnIdentity(FulfillmentId id, String identityCheck, WorkScope scope) {
        Instant now = clock.instant();
        FulfillmentOrder f = lookup.get(id, scope);
        Instant readySince = f.readySince();
        FulfillmentLookup.step(() -> f.pickedUpOnIdentity(identityCheck, now));
        return handedOver(f, readySince, now);
    }

    private FulfillmentView handedOver(FulfillmentOrder f, Instant readySince, Instant now) {
        fulfillments.flush();
        outbox.append(FulfillmentEvents.pickedUp(f, now));
        meters.pickedUp(f, readySince, now);
        return FulfillmentView.of(f);
    }
}
