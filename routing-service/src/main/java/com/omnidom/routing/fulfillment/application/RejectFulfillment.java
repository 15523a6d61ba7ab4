package com.omnidom.routing.fulfillment.application;

import com.omnidom.platform.outbox.Outbox;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * The location rejects its fulfilment order: it ends REJECTED with {@code FulfillmentRejected}, and its lines are
 * handed to {@link ReturnedLines} to be routed elsewhere, all in one transaction.
 */
@Service
public class RejectFulfillment {

    private final FulfillmentLookup lookup;
    private final FulfillmentOrders fulfillments;
    private final ReturnedLines returnedLines;
    private final Outbox outbox;
    private final FulfillmentMeters meters;
    private final Clock clock;

    public RejectFulfillment(FulfillmentLookup lookup, FulfillmentOrders fulfillments, ReturnedLines returnedLines,
                             Outbox outbox, FulfillmentMeters meters, Clock clock) {
        this.lookup = lookup;
        this.fulfillments = fulfillments;
        this.returnedLines = returnedLines;
        this.outbox = outbox;
        this.meters = meters;
        this.clock = clock;
    }

    /** 404 when unknown or outside the caller's scope, 409 when its state does not allow it. */
    @Transactional
    public FulfillmentView reject(FulfillmentId id, String reason, WorkScope scope) {
        Instant now = clock.instant();
        FulfillmentOrder f = lookup.get(id, scope);
        FulfillmentLookup.step(() -> f.reject(reason, now));
        fulfillments.flush();
        outbox.append(FulfillmentEvents.rejected(f, now));
        meters.rejected(f);
        returnedLines.noteReturned(f, ReturnedLines.Why.REJECTED, reason);
        return FulfillmentView.of(f);
    }
}
