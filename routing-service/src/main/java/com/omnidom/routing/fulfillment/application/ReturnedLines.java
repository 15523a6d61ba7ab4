package com.omnidom.routing.fulfillment.application;

import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;

/**
 * What becomes of the lines of a fulfilment order that ended without serving them: owned here, implemented by
 * routing's decision feature (which gives back the capacity, keeps the location away from the order and routes the
 * lines again), so the dependency points one way. Called in the transaction that ended the fulfilment.
 */
public interface ReturnedLines {

    /** Why the lines came back. */
    enum Why {
        /** The location refused the fulfilment order. */
        REJECTED,
        /** Inventory could not allocate its stock. */
        ALLOCATION_FAILED
    }

    /** @param detail the location's or inventory's reason; may be null */
    void noteReturned(FulfillmentOrder ended, Why why, String detail);
}
