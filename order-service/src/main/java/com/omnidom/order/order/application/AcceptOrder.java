package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.Address;
import com.omnidom.order.order.domain.Customer;
import com.omnidom.order.order.domain.Delivery;
import com.omnidom.order.order.domain.GeoPoint;
import com.omnidom.order.order.domain.Order;
import com.omnidom.order.order.domain.OrderDraft;
import com.omnidom.order.order.domain.OrderId;
import com.omnidom.order.order.domain.OrderRuleViolation;
import com.omnidom.order.order.domain.Orders;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.FieldProblem;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accepts an order from a channel: the order, its lines, its first timeline entry, its {@code OrderAccepted} event
 * and (with an Idempotency-Key) the stored answer commit together, or nothing does.
 */
@Service
public class AcceptOrder {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final Orders orders;
    private final IdempotentRequests idempotency;
    private final Outbox outbox;
    private final Clock clock;

    public AcceptOrder(Orders orders, IdempotentRequests idempotency, Outbox outbox, Clock clock) {
        this.orders = orders;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param idempotencyKey null when the channel sent none */
    @Transactional
    public AcceptedOrder accept(OrderRequest request, String idempotencyKey) {
        if (idempotencyKey != null) {
            if (!KEY.matcher(idempotencyKey).matches()) {
                throw new InvalidRequest(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
            }
            Optional<OrderView> earlier = idempotency.claim(idempotencyKey, idempotency.fingerprint(request));
            if (earlier.isPresent()) return new AcceptedOrder(earlier.get(), true);
        }
        Instant now = clock.instant();
        Order order;
        try {
            order = Order.accept(OrderId.random(), draft(request), now);
        } catch (OrderRuleViolation e) {
            throw new InvalidRequest(e.violations().stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
        }
        if (orders.existsByChannelAndOrderNumber(order.channel(), order.orderNumber())) {
            throw new StateConflict("Order " + order.orderNumber() + " of " + order.channel() + " exists already.");
        }
        orders.save(order);
        // flush first: the rows exist (and the unique order number is decided) before the event is recorded
        orders.flush();
        outbox.append(OrderEvents.accepted(order, now));
        OrderView view = OrderViews.of(order);
        if (idempotencyKey != null) idempotency.complete(idempotencyKey, order.id(), view);
        return new AcceptedOrder(view, false);
    }

    private static OrderDraft draft(OrderRequest r) {
        var c = r.customer();
        var d = r.delivery();
        var a = d.address();
        return new OrderDraft(r.channel(), r.orderNumber(),
                new Customer(c.customerId(), c.name(), c.email(), c.phone(), c.language()),
                r.currency(),
                r.lines().stream().map(l -> new OrderDraft.Line(l.sku(), l.quantity(), l.unitPrice(), l.taxRate())).toList(),
                new Delivery(d.mode(),
                        a == null ? null : new Address(a.name(), a.street(), a.postalCode(), a.city(), a.country()),
                        d.geo() == null ? null : new GeoPoint(d.geo().latitude(), d.geo().longitude()),
                        d.pickupLocationId()),
                r.tenders().stream().map(t -> new OrderDraft.Payment(t.type(), t.amount(), t.reference())).toList(),
                Boolean.TRUE.equals(r.priority()));
    }
}
