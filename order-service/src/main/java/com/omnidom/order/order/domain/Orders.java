package com.omnidom.order.order.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;
import java.util.UUID;

/** All orders, by id. */
public interface Orders extends JpaRepository<Order, UUID> {

    default Optional<Order> find(OrderId id) {
        return findById(id.value());
    }

    /** The order with its row locked until the transaction ends: events of one order from several topics apply one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from CustomerOrder o where o.id = :id")
    Optional<Order> findForUpdate(@Param("id") UUID id);

    boolean existsByChannelAndOrderNumber(Channel channel, String orderNumber);

    Optional<Order> findByChannelAndOrderNumber(Channel channel, String orderNumber);

    long countByReplacesOrderId(UUID replacesOrderId);
}
