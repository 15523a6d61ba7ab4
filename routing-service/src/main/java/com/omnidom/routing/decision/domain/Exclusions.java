package com.omnidom.routing.decision.domain;

import java.util.Set;
import java.util.UUID;

/** Locations an order must not go to again, because they failed its allocation or rejected it. */
public interface Exclusions {

    void exclude(UUID orderId, String locationId, String reason);

    Set<String> of(UUID orderId);
}
