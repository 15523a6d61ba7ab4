package com.omnidom.inventory.allocation.domain;

import com.omnidom.inventory.stock.domain.ReleaseEffect;

import java.util.Map;

/** What a location's rejection reason does to the rejected units; a reason not configured releases them. */
public interface RejectionReasons {

    ReleaseEffect effectOf(String reason);

    void put(String reason, ReleaseEffect effect);

    boolean remove(String reason);

    /** Every configured reason, by name. */
    Map<String, ReleaseEffect> all();
}
