package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.Order;
import com.omnidom.order.order.domain.Orders;
import com.omnidom.order.risk.application.HeldOrders;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reviewer's decision applied to the held order, in the reviewer's transaction: the order changes and its event is recorded. */
@Service
public class DecideHeldOrder implements HeldOrders {

    private final Orders orders;
    private final Outbox outbox;
    private final Timeline timeline;
    private final Clock clock;

    public DecideHeldOrder(Orders orders, Outbox outbox, Timeline timeline, Clock clock) {
        this.orders = orders;
        this.outbox = outbox;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID orderId, String decidedBy, String reason) {
        Instant now = clock.instant();
        Order order = locked(orderId);
        order.release(decidedBy, reason, now);
        order.touch(now);
        orders.flush();
        timeline.record(order);
        outbox.append(OrderEvents.accepted(order, now));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void reject(UUID orderId, List<String> reasons, String decidedBy, String reason) {
        Instant now = clock.instant();
        Order order = locked(orderId);
        order.rejectAfterReview(decidedBy, reason, now);
        order.touch(now);
        orders.flush();
        timeline.record(order);
        outbox.append(OrderEvents.rejected(order, reasons, decidedBy, now));
    }

    private Order locked(UUID orderId) {
        return orders.findForUpdate(orderId).orElseThrow(() -> new ResourceNotFound("No order with id " + orderId + "."));
    }
}
