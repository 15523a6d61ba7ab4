package com.omnidom.routing.fulfillment.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Pickups waiting ready for their customer, as the pickup sweep looks for them. */
public interface WaitingPickups {

    /**
     * Pickups due at {@code now} for their reminder (none sent yet) or their expiry, under the hold of their location's
     * type: oldest first, at most {@code limit}.
     */
    List<FulfillmentId> due(PickupHolds holds, Instant now, int limit);

    /**
     * Locks the fulfilment order for this transaction if it still waits ready for pickup and no other transaction holds
     * it (another instance's sweep, a store handing it over): false means leave it alone, this time.
     */
    boolean lockIfWaiting(FulfillmentId id);
}
