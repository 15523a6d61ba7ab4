package com.omnidom.routing.fulfillment.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All fulfilment orders, by id, by order, filtered by location and status. */
public interface FulfillmentOrders extends JpaRepository<FulfillmentOrder, UUID>, JpaSpecificationExecutor<FulfillmentOrder> {

    default Optional<FulfillmentOrder> find(FulfillmentId id) {
        return findById(id.value());
    }

    List<FulfillmentOrder> findByOrderIdOrderByCreatedAtAscIdAsc(UUID orderId);
}
