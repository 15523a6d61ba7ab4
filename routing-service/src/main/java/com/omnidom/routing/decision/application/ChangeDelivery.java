package com.omnidom.routing.decision.application;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.routing.decision.domain.RoutedOrders;
import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The customer changed the delivery: every later routing of the order (waiting lines, deferred lines, re-routing
 * after a rejection) uses the new destination and promise. Fulfilments already assigned stay where they are.
 */
@Service
public class ChangeDelivery {

    private static final Logger log = LoggerFactory.getLogger(ChangeDelivery.class);

    private final RoutedOrders routedOrders;

    public ChangeDelivery(RoutedOrders routedOrders) {
        this.routedOrders = routedOrders;
    }

    /** @return false when routing never saw the order */
    @Transactional
    public boolean change(UUID orderId, FulfillmentMode mode, GeoPoint destination, String pickupLocationId, String country,
                          LocalDate promiseDate) {
        return routedOrders.lock(orderId).map(order -> {
            routedOrders.updateDelivery(order.withDelivery(mode, destination, pickupLocationId, country, promiseDate));
            return true;
        }).orElseGet(() -> {
            log.info("delivery change for order {} that routing never saw: nothing to do", orderId);
            return false;
        });
    }
}
