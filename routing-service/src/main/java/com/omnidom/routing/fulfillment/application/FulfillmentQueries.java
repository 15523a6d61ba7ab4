package com.omnidom.routing.fulfillment.application;

import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import com.omnidom.routing.fulfillment.domain.FulfillmentStatus;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads fulfilment orders: one, those of an order, or a location's work list. */
@Service
public class FulfillmentQueries {

    private final FulfillmentLookup lookup;
    private final FulfillmentOrders fulfillments;

    public FulfillmentQueries(FulfillmentLookup lookup, FulfillmentOrders fulfillments) {
        this.lookup = lookup;
        this.fulfillments = fulfillments;
    }

    @Transactional(readOnly = true)
    public FulfillmentView get(FulfillmentId id, WorkScope scope) {
        return FulfillmentView.of(lookup.get(id, scope));
    }

    /** Those of the order within the caller's scope. */
    @Transactional(readOnly = true)
    public List<FulfillmentView> ofOrder(UUID orderId, WorkScope scope) {
        return fulfillments.findByOrderIdOrderByCreatedAtAscIdAsc(orderId).stream()
                .filter(f -> scope.includes(f.locationId())).map(FulfillmentView::of).toList();
    }

    /** Oldest first, as a location works them; either filter may be null; only within the caller's scope. */
    @Transactional(readOnly = true)
    public com.omnidom.kernel.Page<FulfillmentView> find(String locationId, FulfillmentStatus status, int page, int size,
                                                         WorkScope scope) {
        if (!scope.everywhere() && scope.locations().isEmpty()) return com.omnidom.kernel.Page.of(List.of(), page, size, 0);
        if (locationId != null && !locationId.isBlank() && status != null) {
            // the polling location's own list: the hot path
            if (!scope.includes(locationId)) return com.omnidom.kernel.Page.of(List.of(), page, size, 0);
            Page<FulfillmentOrder> found = fulfillments.workList(locationId, status, PageRequest.of(page, size));
            return com.omnidom.kernel.Page.of(found.map(FulfillmentView::of).getContent(), page, size,
                    found.getTotalElements());
        }
        Specification<FulfillmentOrder> filter = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!scope.everywhere()) where.add(root.get("locationId").in(scope.locations()));
            if (locationId != null && !locationId.isBlank()) where.add(cb.equal(root.get("locationId"), locationId));
            if (status != null) where.add(cb.equal(root.get("status"), status));
            return cb.and(where.toArray(Predicate[]::new));
        };
        Page<FulfillmentOrder> found = fulfillments.findAll(filter,
                PageRequest.of(page, size, Sort.by("createdAt", "id")));
        return com.omnidom.kernel.Page.of(found.map(FulfillmentView::of).getContent(), page, size, found.getTotalElements());
    }
}
