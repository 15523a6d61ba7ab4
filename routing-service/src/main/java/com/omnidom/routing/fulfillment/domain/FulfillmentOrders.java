package com.omnidom.routing.fulfillment.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All fulfilment orders, by id, by order, filtered by location and status. */
public interface FulfillmentOrders extends JpaRepository<FulfillmentOrder, UUID>, JpaSpecificationExecutor<FulfillmentOrder> {

    default Optional<FulfillmentOrder> find(FulfillmentId id) {
        return findById(id.value());
    }

    List<FulfillmentOrder> findByOrderIdOrderByCreatedAtAscIdAsc(UUID orderId);

    /**
     * A location's work list, oldest first: what every store, warehouse and partner polls every few seconds. A JPQL
     * string, so Hibernate keeps its plan; a criteria query is translated anew on every call.
     */
    @Query("""
            SELECT f FROM FulfillmentOrder f WHERE f.locationId = :locationId AND f.status = :status
            ORDER BY f.createdAt, f.id""")
    Page<FulfillmentOrder> workList(String locationId, FulfillmentStatus status, Pageable page);
}
