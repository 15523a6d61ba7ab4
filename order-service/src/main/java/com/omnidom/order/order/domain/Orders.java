package com.omnidom.order.order.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Per line of {@code originalId}: the units its replacement orders send (ordered less cancelled), as [lineId, units]. */
    @Query(value = """
            SELECT l.replaces_line_id, sum(l.ordered - l.cancelled) FROM order_line l
            JOIN customer_order o ON o.id = l.order_id
            WHERE o.replaces_order_id = :originalId AND l.replaces_line_id IS NOT NULL
            GROUP BY l.replaces_line_id""", nativeQuery = true)
    List<Object[]> replacedUnits(@Param("originalId") UUID originalId);

    default Map<String, Integer> replacedUnitsByLine(UUID originalId) {
        Map<String, Integer> units = new HashMap<>();
        for (Object[] row : replacedUnits(originalId)) units.put((String) row[0], ((Number) row[1]).intValue());
        return units;
    }
}
