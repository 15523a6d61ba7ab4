package com.omnidom.order.order.domain;

import com.omnidom.kernel.IllegalTransition;
import com.omnidom.kernel.Money;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A customer order: intake, the risk decision, the service actions, and the facts other services report about it.
 * Where the units are is kept by the {@link FulfillmentLedger}, the money by the {@link MoneyLedger}, returns by
 * {@link Returns}; the order loads them from its columns, lets them check and apply a fact, keeps the result and notes
 * the fact ({@link #noted()}). The status is derived from the quantities after every change. A fact that contradicts
 * the order changes nothing and throws {@link ImpossibleProgress}; one that needs another, not yet noted fact throws
 * {@link ProgressAhead}; a service action the order's state no longer allows throws {@link IllegalTransition}.
 */
@Entity(name = "CustomerOrder")
@Table(name = "customer_order")
public class Order extends OrderRecord {

    protected Order() {
        // for JPA
    }

    /** Accepts an order from a channel without a risk check (tests, trusted sources). */
    public static Order accept(OrderId id, OrderDraft draft, Instant now) {
        Order order = place(id, draft, now);
        order.markAccepted(now);
        return order;
    }

    /**
     * Takes an order from a channel: checked against the intake rules (customer and addresses normalised), lines and
     * tenders numbered "1", "2", ... in the order given. Not decided yet: follow with {@link #markAccepted},
     * {@link #hold} or {@link #rejectByRiskCheck}.
     *
     * @throws RuleViolation naming every field at fault
     */
    /** Every intake rule the draft breaks (customer and addresses normalised first), without placing it. */
    public static List<Violation> violations(OrderDraft raw) {
        return OrderRules.check(raw.normalised());
    }

    public static Order place(OrderId id, OrderDraft raw, Instant now) {
        return place(id, raw, now, true);
    }

    /**
     * Why the draft's tenders do not pay its lines and charges, or null when they do (its amounts must keep the rules).
     * A channel whose payment is taken as it says holds such an order for review instead of refusing it.
     */
    public static String tenderMismatch(OrderDraft raw) {
        return OrderRules.tenderMismatch(raw.normalised());
    }

    /** @param tendersMustAddUp false: tenders that do not pay the order are placed as they are (to be held for review) */
    public static Order place(OrderId id, OrderDraft raw, Instant now, boolean tendersMustAddUp) {
        OrderDraft draft = raw.normalised();
        List<Violation> violations = new ArrayList<>(OrderRules.check(draft, tendersMustAddUp));
        violations.addAll(OrderRules.checkPromise(draft.delivery(), today(now)));
        if (!violations.isEmpty()) throw new RuleViolation(violations);
        Currency currency = Currencies.of(draft.currency());
        Order order = new Order();
        order.id = id.value();
        order.orderNumber = draft.orderNumber();
        order.channel = draft.channel();
        order.currency = currency.getCurrencyCode();
        order.priority = draft.priority();
        Customer c = draft.customer();
        order.customerId = c.customerId();
        order.customerName = c.name();
        order.customerEmail = c.email();
        order.customerPhone = c.phone();
        order.customerLanguage = c.language();
        order.customerLoyaltyId = c.loyaltyId();
        order.delivery = draft.delivery();
        order.billingAddress = draft.billingAddress();
        order.clientIp = draft.clientIp();
        order.locationId = order.delivery.pickupLocationId();
        List<Tender> tenders = new ArrayList<>();
        for (int i = 0; i < draft.tenders().size(); i++) {
            OrderDraft.Payment p = draft.tenders().get(i);
            tenders.add(new Tender(String.valueOf(i + 1), p.type(), Money.of(p.amount(), currency).amount(), p.reference(),
                    p.fingerprint()));
        }
        order.tenders = tenders;
        List<Charge> charges = new ArrayList<>();
        for (int i = 0; i < draft.charges().size(); i++) {
            OrderDraft.ChargeDraft ch = draft.charges().get(i);
            charges.add(new Charge("S" + (i + 1), ch.type(), ch.name(), Money.of(ch.amount(), currency).amount(), ch.taxRate(),
                    ch.taxCategory(), ch.discounts().stream().map(d -> new LineDiscount(d.code(), d.name(),
                    Money.of(d.amount(), currency).amount())).toList()));
        }
        order.charges = charges;
        for (int i = 0; i < draft.lines().size(); i++) {
            OrderDraft.Line l = draft.lines().get(i);
            order.lines.add(new OrderLine(order, String.valueOf(i + 1), l.sku(), l.quantity(),
                    Money.of(l.unitPrice(), currency).amount(), l.taxRate(), l.taxCategory(), l.bundleLine(), l.bundleSku(),
                    l.listPrice() == null ? null : Money.of(l.listPrice(), currency).amount(), l.discounts()));
        }
        order.fulfillments = new ArrayList<>();
        order.returns = new ArrayList<>();
        order.keep(MoneyLedger.of(OrderRules.total(draft, currency)));
        order.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        order.updatedAt = order.createdAt;
        order.statusSince = order.createdAt;
        return order;
    }

    /**
     * A replacement for wrong or defective items of {@code original}: the same customer and delivery (unless given),
     * linked to the original, accepted without a risk check (a service agent decided it). Per line of the original, all
     * its replacements together send at most the units that were handed over (shipped or picked up).
     *
     * @param replacedBefore units of each original line (by line id) that earlier replacements send already
     * @throws IllegalTransition when a line asks for more units than were handed over to the customer, less the units
     *                           earlier replacements of the line send
     * @throws RuleViolation     for a line the original does not have, or a broken rule of the new order
     */
    public static Order replacement(OrderId id, Order original, String orderNumber, List<ReplacementLine> wanted,
                                    Map<String, Integer> replacedBefore, Delivery delivery,
                                    List<OrderDraft.Payment> tenders, String reason, String by, Instant now) {
        if (original.riskDecision != RiskDecision.ACCEPTED) {
            throw new IllegalTransition("order " + original.orderNumber + " was never accepted: there is nothing to replace");
        }
        List<OrderDraft.Line> lines = new ArrayList<>();
        Map<String, Integer> replaced = new HashMap<>(replacedBefore);
        for (ReplacementLine w : wanted) {
            OrderLine line = original.serviceLine(w.lineId());
            int handedOver = line.quantities().handedOver();
            int already = replaced.getOrDefault(line.lineId(), 0);
            if (already + w.quantity() > handedOver) {
                throw new IllegalTransition("line " + line.lineId() + ": " + handedOver + " units were handed over and "
                        + already + " replaced already, so " + w.quantity() + " more cannot be replaced");
            }
            replaced.put(line.lineId(), already + w.quantity());
            lines.add(new OrderDraft.Line(line.sku(), w.quantity(),
                    w.unitPrice() == null ? BigDecimal.ZERO : w.unitPrice(), line.taxRate(), line.taxCategory(), null, null));
        }
        OrderDraft draft = new OrderDraft(original.channel, orderNumber, original.customer(), original.currency, lines,
                // the original's promise is kept unless it has passed already: a replacement cannot be late for it
                delivery == null ? original.delivery.withoutPromiseBefore(today(now)) : delivery, tenders,
                original.priority, original.billingAddress, null);
        Order order = place(id, draft, now);
        order.replacesOrderId = original.id;
        order.riskDecision = RiskDecision.ACCEPTED;
        // lines are numbered as wanted: each remembers the original's line it replaces, for the cap across replacements
        for (int i = 0; i < wanted.size(); i++) {
            order.lines.get(i).replaces(original.serviceLine(wanted.get(i).lineId()).lineId());
        }
        List<LineQuantity> sent = order.lines.stream()
                .map(l -> new LineQuantity(l.lineId(), l.sku(), l.quantities().ordered())).toList();
        order.note(now, new OrderFact.ReplacementFor(original.orderNumber, sent, by, reason));
        original.note(now, new OrderFact.ReplacementOrdered(orderNumber, sent, by, reason));
        return order;
    }

    /** One line of a replacement: units of a line of the original, at {@code unitPrice} (null: free of charge). */
    public record ReplacementLine(String lineId, int quantity, BigDecimal unitPrice) {
    }

    // ---- risk decision

    public void markAccepted(Instant at) {
        riskDecision = RiskDecision.ACCEPTED;
        note(at, new OrderFact.Accepted(outline()));
    }

    public void hold(List<String> reasons, int ruleSetVersion, Instant at) {
        riskDecision = RiskDecision.HELD;
        note(at, new OrderFact.Held(outline(), ruleSetVersion, reasons));
    }

    public void rejectByRiskCheck(List<String> reasons, Instant at) {
        riskDecision = RiskDecision.REJECTED;
        note(at, new OrderFact.RejectedByRiskCheck(outline(), reasons));
    }

    /** A reviewer released the held order: it is accepted now. */
    public void release(String by, String reason, Instant at) {
        requireHeld();
        riskDecision = RiskDecision.ACCEPTED;
        note(at, new OrderFact.Released(outline(), by, reason));
    }

    /** A reviewer rejected (cancelled) the held order: it never goes downstream. */
    public void rejectAfterReview(String by, String reason, Instant at) {
        requireHeld();
        riskDecision = RiskDecision.REJECTED;
        note(at, new OrderFact.RejectedAfterReview(by, reason));
    }

    private void requireHeld() {
        if (riskDecision != RiskDecision.HELD) {
            throw new IllegalTransition("order " + orderNumber + " is not held for review: it is " + status);
        }
    }

    // ---- service actions

    /**
     * Cancels open units: the given lines' units, or (with null) every open unit of the order.
     *
     * @return what was cancelled
     * @throws IllegalTransition when the order is not accepted, or a line has fewer open units than asked (shipped,
     *                           waiting at the store or collected units cannot be cancelled); nothing changes then
     * @throws RuleViolation     for a line the order does not have
     */
    public List<LineQuantity> cancel(List<LineQuantity> requested, String reason, String by, Instant at) {
        if (riskDecision == RiskDecision.HELD) {
            throw new IllegalTransition("order " + orderNumber + " is held for review: reject it in the review queue instead");
        }
        if (riskDecision == RiskDecision.REJECTED) throw new IllegalTransition("order " + orderNumber + " was rejected");
        FulfillmentLedger ledger = ledger();
        List<LineQuantity> cancelling;
        if (requested == null) {
            cancelling = ledger.openUnits();
            if (cancelling.isEmpty()) {
                throw new IllegalTransition("order " + orderNumber + " has no open units left to cancel: everything was "
                        + "shipped, picked up, is waiting at the store or was cancelled");
            }
        } else {
            cancelling = requested.stream()
                    .map(r -> new LineQuantity(r.lineId(), serviceLine(r.lineId()).sku(), r.quantity())).toList();
        }
        keep(ledger.cancel(cancelling));
        note(at, new OrderFact.Cancelled(cancelling, by, reason));
        return cancelling;
    }

    /**
     * Changes where the order goes, as long as no location was assigned.
     *
     * @return whether downstream services know the order (and so must hear of the change)
     */
    public boolean changeDelivery(Delivery next, String by, Instant at) {
        if (riskDecision == RiskDecision.REJECTED || status == OrderStatus.CANCELLED) {
            throw new IllegalTransition("order " + orderNumber + " is " + status);
        }
        if (!fulfillments.isEmpty()) {
            throw new IllegalTransition("order " + orderNumber + " was assigned to " + fulfillments.getFirst().locationId()
                    + " already: the delivery address can no longer change");
        }
        Delivery normalised = next.normalised();
        List<Violation> violations = new ArrayList<>(OrderRules.checkDelivery(normalised));
        violations.addAll(OrderRules.checkPromise(normalised, today(at)));
        if (!violations.isEmpty()) throw new RuleViolation(violations);
        delivery = normalised;
        locationId = delivery.pickupLocationId();
        note(at, new OrderFact.DeliveryChanged(delivery, by));
        return riskDecision == RiskDecision.ACCEPTED;
    }

    /** @return whether downstream services know the order */
    public boolean addNote(String text, String author, Instant at) {
        note(at, new OrderFact.NoteAdded(text, author));
        return riskDecision == RiskDecision.ACCEPTED;
    }

    // ---- routing-service: fulfilment orders

    public void noteFulfillmentAssigned(FulfillmentId id, String locationId, List<LineQuantity> assigned, Instant at) {
        keep(ledger().assign(id, locationId, assigned));
        this.locationId = locationId;
        note(at, new OrderFact.FulfillmentAssigned(locationId, assigned));
    }

    public void noteFulfillmentAcknowledged(FulfillmentId id, Instant at) {
        FulfillmentLedger ledger = ledger();
        Fulfillment f = ledger.active(id);
        keep(ledger.acknowledge(id));
        note(at, new OrderFact.FulfillmentAcknowledged(f.locationId(), f.lines()));
    }

    /** The location gives its lines back to routing (which assigns them anew) and its stock allocation is released. */
    public void noteFulfillmentRejected(FulfillmentId id, String reason, Instant at) {
        FulfillmentLedger ledger = ledger();
        Fulfillment f = ledger.active(id);
        keep(ledger.reject(id));
        note(at, new OrderFact.FulfillmentRejected(f.locationId(), f.lines(), reason));
    }

    public void noteFulfillmentShipped(FulfillmentId id, List<LineQuantity> shipped, String carrier, String trackingNumber,
                                       Instant at) {
        int tooLate = handOver(id, shipped, LineQuantities::ship, FulfillmentStatus.SHIPPED);
        note(at, new OrderFact.Shipped(location(id), carrier, trackingNumber, shipped, tooLate));
    }

    public void noteReadyForPickup(FulfillmentId id, List<LineQuantity> ready, Instant at) {
        int tooLate = handOver(id, ready, LineQuantities::readyForPickup, FulfillmentStatus.READY_FOR_PICKUP);
        note(at, new OrderFact.ReadyForPickup(location(id), ready, tooLate));
    }

    public void notePickedUp(FulfillmentId id, List<LineQuantity> collected, Instant at) {
        int tooLate = handOver(id, collected, LineQuantities::pickUp, FulfillmentStatus.PICKED_UP);
        note(at, new OrderFact.PickedUp(location(id), collected, tooLate));
    }

    public void noteUnroutable(List<LineQuantity> unroutable, String reason, Instant at) {
        keep(ledger().markUnroutable(unroutable));
        note(at, new OrderFact.Unroutable(unroutable, reason));
    }

    /** Routing took cancelled units off a fulfilment order; inventory's StockReleased may come before or after. */
    public void noteFulfillmentCancelled(FulfillmentId id, List<LineQuantity> removed, String reason, Instant at) {
        keep(ledger().cancelFulfillment(id, removed));
        note(at, new OrderFact.FulfillmentCancelled(location(id), removed, reason));
    }

    /** A pickup still waits at its store: routing reminds the customer; the order only notes it. */
    public void notePickupReminderDue(FulfillmentId id, List<LineQuantity> waiting, Instant heldUntil, Instant at) {
        note(at, new OrderFact.PickupReminderDue(location(id), waiting, heldUntil));
    }

    /**
     * Nobody collected the pickup in time and its store gave it up: the order cancels exactly those units (units
     * waiting at the store cannot be cancelled otherwise), noted as the expiry and as its cancellation by {@code by}.
     *
     * @return the units cancelled, to be published as the order's cancellation
     * @throws ImpossibleProgress unless the fulfilment waits for pickup with these units
     */
    public List<LineQuantity> expirePickup(FulfillmentId id, List<LineQuantity> units, Instant readySince, String reason,
                                           String by, Instant at) {
        keep(ledger().expirePickup(id, units));
        List<LineQuantity> cancelled = units.stream()
                .map(u -> new LineQuantity(u.lineId(), serviceLine(u.lineId()).sku(), u.quantity())).toList();
        note(at, new OrderFact.PickupExpired(location(id), cancelled, readySince));
        note(at, new OrderFact.Cancelled(cancelled, by, reason));
        return cancelled;
    }

    /** Routing cannot place these lines now and retries; the order only notes it. */
    public void noteFulfillmentDeferred(List<LineQuantity> deferred, String reason, Instant retryUntil, Instant at) {
        note(at, new OrderFact.Deferred(deferred, reason, retryUntil));
    }

    // ---- inventory-service: stock allocations

    public void noteStockAllocated(FulfillmentId id, String locationId, List<LineQuantity> allocated, Instant at) {
        FulfillmentLedger next = ledger().allocate(id, allocated);
        keep(next);
        boolean rejected = next.find(id).status() == FulfillmentStatus.REJECTED;
        note(at, new OrderFact.StockAllocated(locationId, allocated, rejected));
    }

    public void noteStockReleased(FulfillmentId id, String locationId, List<LineQuantity> released, String reason,
                                  Instant at) {
        keep(ledger().release(id, released));
        note(at, new OrderFact.StockReleased(locationId, released, reason));
    }

    /** @param shortBy units missing per line (requested minus available) */
    public void noteStockAllocationFailed(FulfillmentId id, String locationId, List<LineQuantity> shortBy, String reason,
                                          Instant at) {
        note(at, new OrderFact.StockAllocationFailed(locationId, shortBy, reason));
    }

    // ---- payment-service: money

    public void notePaymentCaptured(String currency, BigDecimal amount, Instant at) {
        MoneyLedger money = money();
        Money captured = money.amount(currency, amount);
        keep(money.capture(captured));
        note(at, new OrderFact.PaymentCaptured(captured));
    }

    public void noteInvoiceIssued(String invoiceNumber, String currency, BigDecimal gross, BigDecimal tax, Instant at) {
        note(at, new OrderFact.InvoiceIssued(invoiceNumber, currency, gross, tax));
    }

    /** Refunded units are counted per line once the return's goods are known too (they may arrive later). */
    public void noteRefundIssued(UUID returnId, String currency, BigDecimal amount, Instant at) {
        MoneyLedger money = money();
        Money refund = money.amount(currency, amount);
        MoneyLedger refunded = money.refund(refund);
        Returns.Step step = returnId == null ? null : returns().refund(returnId, refund.amount());
        List<LineQuantity> perLine = step == null || step.refundedNow().isEmpty() ? null : step.refundedNow();
        if (perLine != null) keep(ledger().refund(perLine));
        if (step != null) keep(step.returns());
        keep(refunded);
        note(at, new OrderFact.RefundIssued(refund, perLine));
    }

    /** Authorised money no longer to be captured (cancelled lines) was given back to the tenders. */
    public void noteAuthorizationReleased(String currency, BigDecimal amount, String reason, Instant at) {
        MoneyLedger money = money();
        Money released = money.amount(currency, amount);
        keep(money.release(released));
        note(at, new OrderFact.AuthorizationReleased(released, reason));
    }

    // ---- returns-service, notification-service

    public void noteReturnReceived(UUID returnId, String locationId, List<LineQuantity> returned, Instant at) {
        Returns.Step step = returns().receive(returnId, locationId, returned);
        FulfillmentLedger next = ledger().receiveReturn(returned);
        if (!step.refundedNow().isEmpty()) next = next.refund(step.refundedNow());
        keep(next);
        keep(step.returns());
        note(at, new OrderFact.ReturnReceived(locationId, returned));
    }

    public void noteNotificationSent(String kind, String channel, String recipient, Instant at) {
        note(at, new OrderFact.NotificationSent(kind, channel, recipient));
    }

    /** Marks the time of the last change (processing time, not the time of the fact). */
    public void touch(Instant now) {
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    // ---- internals

    /** Registers the fact and derives the status from the quantities it left. */
    private void note(Instant at, OrderFact fact) {
        noted.add(new NotedFact(at, fact));
        OrderStatus next = OrderStatus.of(riskDecision, lines.stream().map(OrderLine::quantities).toList());
        if (next != status) statusSince = at.truncatedTo(ChronoUnit.MICROS);
        status = next;
    }

    /** @return the cancelled units the handover overtook (the goods left: the cancellation came too late for them) */
    private int handOver(FulfillmentId id, List<LineQuantity> units,
                         BiFunction<LineQuantities, Integer, LineQuantities> change, FulfillmentStatus status) {
        FulfillmentLedger before = ledger();
        FulfillmentLedger after = before.handOver(id, units, change, status);
        keep(after);
        return before.cancelledUnits() - after.cancelledUnits();
    }

    /** Promise dates are calendar days in UTC. */
    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
