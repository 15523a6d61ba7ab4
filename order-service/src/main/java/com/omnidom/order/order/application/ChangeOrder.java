package com.omnidom.order.order.application;

import com.omnidom.order.order.application.PricingProperties.IntakeChannel;
import com.omnidom.order.order.domain.LineQuantity;
import com.omnidom.order.order.domain.Order;
import com.omnidom.order.order.domain.OrderDraft;
import com.omnidom.order.order.domain.OrderId;
import com.omnidom.order.order.domain.OrderStatus;
import com.omnidom.order.order.domain.Orders;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Service actions on an order, by {@code by} (the caller's token subject): cancel (all or some units), change the delivery address, add a note, send a replacement.
 * Each locks the order's row (the same lock the event folding takes, so an action and a shipment never interleave),
 * checks the state, changes it and records its event in one transaction; too late is a 409 saying why.
 */
@Service
public class ChangeOrder {

    private final Orders orders;
    private final Outbox outbox;
    private final Timeline timeline;
    private final OrderViews views;
    private final OrderMetrics.Cancellations cancellations;
    private final PickupStores pickupStores;
    private final Clock clock;

    public ChangeOrder(Orders orders, Outbox outbox, Timeline timeline, OrderViews views,
                       OrderMetrics.Cancellations cancellations, PickupStores pickupStores, Clock clock) {
        this.orders = orders;
        this.outbox = outbox;
        this.timeline = timeline;
        this.views = views;
        this.cancellations = cancellations;
        this.pickupStores = pickupStores;
        this.clock = clock;
    }

    @Transactional
    public OrderView cancel(UUID id, ServiceActions.Cancel request, String by) {
        if (request.reason() != null && request.reason().strip().equalsIgnoreCase(CancelExpiredPickup.REASON)) {
            // the customer's e-mail says "your pickup expired" for this reason: only the expiry gives it
            throw new RuleViolation("reason", CancelExpiredPickup.REASON + " is given only when a pickup expires");
        }
        Instant now = clock.instant();
        Order order = locked(id);
        List<LineQuantity> wanted = request.lines() == null || request.lines().isEmpty() ? null
                : request.lines().stream().map(l -> new LineQuantity(l.lineId(), null, l.quantity())).toList();
        List<LineQuantity> cancelled = order.cancel(wanted, request.reason(), by, now);
        order.touch(now);
        orders.flush();
        timeline.record(order);
        outbox.append(OrderEvents.cancelled(order, cancelled, request.reason(), by, now));
        cancellations.note(order.status() == OrderStatus.CANCELLED);
        return views.of(order);
    }

    @Transactional
    public OrderView changeDelivery(UUID id, ServiceActions.DeliveryChange request, String by) {
        Instant now = clock.instant();
        Order order = locked(id);
        boolean tell = order.changeDelivery(pickupStores.resolve(AcceptOrder.delivery(request.delivery()),
                IntakeChannel.valueOf(order.channel().name())), by, now);
        order.touch(now);
        orders.flush();
        timeline.record(order);
        // a held order is not known downstream: its OrderAccepted carries the new address once released
        if (tell) outbox.append(OrderEvents.deliveryChanged(order, by, now));
        return views.of(order);
    }

    @Transactional
    public OrderView addNote(UUID id, ServiceActions.Note request, String by) {
        Instant now = clock.instant();
        Order order = locked(id);
        boolean tell = order.addNote(request.text(), by, now);
        order.touch(now);
        orders.flush();
        timeline.record(order);
        if (tell) outbox.append(OrderEvents.noteAdded(order, request.text(), by, now));
        return views.of(order);
    }

    /** A new order for wrong or defective items, linked to the original (OrderAccepted.replacesOrderId). */
    @Transactional
    public OrderView replace(UUID id, ServiceActions.Replacement request, String by) {
        Instant now = clock.instant();
        Order original = locked(id);
        long earlier = orders.countByReplacesOrderId(original.id().value());
        String number = original.orderNumber() + "-R" + (earlier + 1);
        if (number.length() > 64) throw new StateConflict("Order " + original.orderNumber() + " has too long a number to number a replacement.");
        List<OrderDraft.Payment> tenders = request.tenders() == null ? List.of() : request.tenders().stream()
                .map(t -> new OrderDraft.Payment(t.type(), t.amount(), t.reference(), t.fingerprint())).toList();
        Order replacement = Order.replacement(OrderId.random(), original, number,
                request.lines().stream().map(l -> new Order.ReplacementLine(l.lineId(), l.quantity(), l.unitPrice())).toList(),
                orders.replacedUnitsByLine(original.id().value()),
                request.delivery() == null ? null : pickupStores.resolve(AcceptOrder.delivery(request.delivery()),
                        IntakeChannel.valueOf(original.channel().name())), tenders,
                request.reason(), by, now);
        original.touch(now);
        orders.save(replacement);
        orders.flush();
        timeline.record(original);
        timeline.record(replacement);
        outbox.append(OrderEvents.accepted(replacement, now));
        return views.of(replacement);
    }

    private Order locked(UUID id) {
        return orders.findForUpdate(id).orElseThrow(() -> new ResourceNotFound("No order with id " + id + "."));
    }
}
