package com.omnidom.routing.decision.application;

import com.omnidom.routing.decision.domain.QueuedOrders;
import com.omnidom.routing.decision.domain.RoutedOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.omnidom.platform.wakeup.SignalledWork;
import com.omnidom.platform.wakeup.SignalledWorker;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The priority window: once a transaction that queued orders commits, the drainer waits
 * {@code omnidom.routing.priority-window}, then routes the queue VIP first, then by acceptance time, so a VIP order
 * accepted a moment after a normal one still claims the last unit or the last capacity. One drainer thread per
 * instance and one drainer at a time across instances: the one holding a PostgreSQL advisory lock (session level, on
 * its own connection for the length of one drain); the others try again one window later. Each order is routed in
 * its own transaction, so one order's failure does not hold back the rest (it stays queued and is tried again after a
 * back-off). Every {@code omnidom.routing.queue-check} the queue is drained anyway: orders another instance queued,
 * orders whose back-off ended.
 */
@Service
public class DrainRoutingQueue implements SignalledWork {

    /** Advisory lock key of the drainer: "routing-queue" as a number, distinct from the outbox relay's. */
    public static final long LOCK_KEY = 0x726f7574_71756575L;

    private static final Logger log = LoggerFactory.getLogger(DrainRoutingQueue.class);

    private final DataSource dataSource;
    private final QueuedOrders queue;
    private final RoutedOrders routedOrders;
    private final RouteOrder routeOrder;
    private final TransactionTemplate transactions;
    private final RoutingProperties properties;
    private final SignalledWorker worker;

    public DrainRoutingQueue(DataSource dataSource, QueuedOrders queue, RoutedOrders routedOrders, RouteOrder routeOrder,
                             TransactionTemplate transactions, RoutingProperties properties) {
        this.dataSource = dataSource;
        this.queue = queue;
        this.routedOrders = routedOrders;
        this.routeOrder = routeOrder;
        this.transactions = transactions;
        this.properties = properties;
        this.worker = new SignalledWorker("routing-queue-drainer", properties.priorityWindow(), properties.queueCheck(),
                this::window);
    }

    /** Orders were queued: drain once the queuing transaction commits and one priority window passed. */
    @EventListener
    void queued(QueuedOrders.Queued queued) {
        worker.signal();
    }

    private Duration window() throws SQLException {
        Drained drained = drainWindow();
        // another instance holds the lock (what we were woken for may be queued after its batch), or a full batch
        // left more: one window later, not at the fallback
        return drained.routed() < 0 || drained.taken() >= properties.drainBatch() ? properties.priorityWindow() : null;
    }

    /** @return orders routed; -1 when another drainer holds the window */
    public int drain() throws SQLException {
        return drainWindow().routed();
    }

    private record Drained(int taken, int routed) {
    }

    private Drained drainWindow() throws SQLException {
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(true);
            if (!advisory(lock, "SELECT pg_try_advisory_lock(?)")) return new Drained(0, -1);
            try {
                List<UUID> next = queue.next(properties.drainBatch());
                int routed = 0;
                for (UUID orderId : next) {
                    try {
                        if (Boolean.TRUE.equals(transactions.execute(status -> routeQueued(orderId)))) routed++;
                    } catch (RuntimeException e) {
                        log.warn("routing order {} failed, it stays queued and is tried again later: {}", orderId, e.toString());
                        queue.backOff(orderId);
                    }
                }
                return new Drained(next.size(), routed);
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?)");
            }
        }
    }

    @Override
    public SignalledWorker worker() {
        return worker;
    }

    private boolean routeQueued(UUID orderId) {
        // the order's lock first (as every writer of an order does), then off the queue
        return routedOrders.lock(orderId)
                .flatMap(order -> queue.take(orderId).map(trigger -> {
                    routeOrder.routeOpenLines(order, trigger);
                    return true;
                }))
                .orElse(false);
    }

    private static boolean advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
