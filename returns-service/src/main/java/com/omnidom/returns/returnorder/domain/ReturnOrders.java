package com.omnidom.returns.returnorder.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All return orders, by id and by order. */
public interface ReturnOrders extends JpaRepository<ReturnOrder, UUID> {

    default Optional<ReturnOrder> find(ReturnId id) {
        return findById(id.value());
    }

    List<ReturnOrder> findByOrderIdOrderByCreatedAtAsc(UUID orderId);
}
