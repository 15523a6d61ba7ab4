package com.omnidom.routing.fulfillment.application;

import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Inventory holds the stock of a fulfilment order: the location may work it now. */
@Service
public class NoteStockAllocation {

    private static final Logger log = LoggerFactory.getLogger(NoteStockAllocation.class);

    private final FulfillmentOrders fulfillments;
    private final Clock clock;

    public NoteStockAllocation(FulfillmentOrders fulfillments, Clock clock) {
        this.fulfillments = fulfillments;
        this.clock = clock;
    }

    @Transactional
    public void allocated(FulfillmentId id) {
        // routing writes the fulfilment before its FulfillmentAssigned exists, so inventory cannot know an id we lack
        FulfillmentOrder f = fulfillments.find(id)
                .orElseThrow(() -> new PermanentEventFailure("StockAllocated for unknown fulfilment " + id));
        if (!f.noteStockAllocated(clock.instant())) {
            // rejected before the allocation arrived: inventory releases on FulfillmentRejected
            log.info("stale StockAllocated for fulfilment {} in status {}", id, f.status());
        }
    }
}
