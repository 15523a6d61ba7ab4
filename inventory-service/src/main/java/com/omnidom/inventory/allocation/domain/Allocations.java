package com.omnidom.inventory.allocation.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

/** Allocations by fulfilment order. */
public interface Allocations extends JpaRepository<Allocation, UUID> {

    default Optional<Allocation> find(FulfillmentId id) {
        return findById(id.value());
    }

    default boolean exists(FulfillmentId id) {
        return existsById(id.value());
    }
}
