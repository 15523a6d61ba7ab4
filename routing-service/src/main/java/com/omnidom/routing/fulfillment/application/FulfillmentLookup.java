package com.omnidom.routing.fulfillment.application;

import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import com.omnidom.routing.fulfillment.domain.TransitionNotAllowed;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/** Loads a fulfilment order for a request (404 when unknown or outside the caller's scope) and turns a refused transition into a 409. */
@Component
public class FulfillmentLookup {

    private final FulfillmentOrders fulfillments;

    public FulfillmentLookup(FulfillmentOrders fulfillments) {
        this.fulfillments = fulfillments;
    }

    public FulfillmentOrder get(FulfillmentId id) {
        return fulfillments.find(id).orElseThrow(() -> notFound(id));
    }

    /** Another location's fulfilment order is unknown to a scoped caller: the same 404, nothing of it told. */
    public FulfillmentOrder get(FulfillmentId id, WorkScope scope) {
        FulfillmentOrder f = get(id);
        if (!scope.includes(f.locationId())) throw notFound(id);
        return f;
    }

    private static ResourceNotFound notFound(FulfillmentId id) {
        return new ResourceNotFound("No fulfilment with id " + id + ".");
    }

    public static void step(Runnable transition) {
        step(() -> {
            transition.run();
            return null;
        });
    }

    /** A step that answers (e.g. whether a pickup code matched). */
    public static <T> T step(Supplier<T> transition) {
        try {
            return transition.get();
        } catch (TransitionNotAllowed refused) {
            throw new StateConflict(refused.getMessage());
        }
    }
}
