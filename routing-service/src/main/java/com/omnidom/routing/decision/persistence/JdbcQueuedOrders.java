package com.omnidom.routing.decision.persistence;

import com.omnidom.routing.decision.domain.QueuedOrders;
import com.omnidom.routing.decision.domain.RoutingTrigger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/** {@link QueuedOrders} in PostgreSQL: one row per order; inserts are idempotent, so any instance may queue. */
@Repository
class JdbcQueuedOrders implements QueuedOrders {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    JdbcQueuedOrders(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void enqueue(UUID orderId, RoutingTrigger trigger) {
        queued(jdbc.update("""
                INSERT INTO routing_queue (order_id, priority, accepted_at, trigger)
                SELECT order_id, priority, accepted_at, ? FROM routed_order WHERE order_id = ?
                ON CONFLICT (order_id) DO NOTHING""", trigger.name(), orderId));
    }

    /** Every order with a deferred line of this SKU: stock may have arrived for it. @return orders queued */
    public int enqueueDeferred(String sku) {
        lockDeferrals(List.of(sku));
        return queued(jdbc.update("""
                INSERT INTO routing_queue (order_id, priority, accepted_at, trigger)
                SELECT DISTINCT r.order_id, r.priority, r.accepted_at, ? FROM deferred_line d
                JOIN routed_order r ON r.order_id = d.order_id
                WHERE d.sku = ? AND d.status = 'DEFERRED'
                ON CONFLICT (order_id) DO NOTHING""", RoutingTrigger.AVAILABILITY_CHANGED.name(), sku));
    }

    public void lockDeferrals(Collection<String> skus) {
        // transaction-scoped advisory locks, one per SKU: outside a transaction the statement is its own and the lock
        // lasts only for it (a growth's wake-up then still waits for a deferral that holds it)
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext('omnidom.routing.deferred:' || s)) FROM unnest(?::text[]) s ORDER BY s",
                rs -> {
                }, (Object) new TreeSet<>(skus).toArray(String[]::new));
    }

    /** Every order with a deferred line. @return orders queued */
    public int enqueueAllDeferred() {
        return queued(jdbc.update("""
                INSERT INTO routing_queue (order_id, priority, accepted_at, trigger)
                SELECT DISTINCT r.order_id, r.priority, r.accepted_at, ? FROM deferred_line d
                JOIN routed_order r ON r.order_id = d.order_id
                WHERE d.status = 'DEFERRED'
                ON CONFLICT (order_id) DO NOTHING""", RoutingTrigger.DEFERRED_RETRY.name()));
    }

    private int queued(int rows) {
        if (rows > 0) events.publishEvent(new Queued());
        return rows;
    }

    /** The next orders to route, VIP first, then the earliest accepted. */
    public List<UUID> next(int limit) {
        return jdbc.queryForList("""
                SELECT order_id FROM routing_queue WHERE not_before IS NULL OR not_before <= now()
                ORDER BY priority DESC, accepted_at, order_id LIMIT ?""", UUID.class, limit);
    }

    /** Routing the order failed: it waits 200 ms doubling per attempt, at most a minute, before the next try. */
    public void backOff(UUID orderId) {
        jdbc.update("""
                UPDATE routing_queue SET attempts = attempts + 1,
                    not_before = now() + least(interval '200 milliseconds' * power(2, least(attempts, 20)), interval '1 minute')
                WHERE order_id = ?""", orderId);
    }

    /** Takes the order off the queue. @return why it was queued; empty when someone else took it meanwhile */
    public Optional<RoutingTrigger> take(UUID orderId) {
        return jdbc.queryForList("DELETE FROM routing_queue WHERE order_id = ? RETURNING trigger", String.class, orderId)
                .stream().findFirst().map(RoutingTrigger::valueOf);
    }
}
