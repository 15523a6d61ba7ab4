package com.omnidom.order.order.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * A customer order and everything that happened to it. Downstream facts ({@code note...}) change the lines'
 * quantities, the fulfilment orders, the money taken and given back, and add a timeline entry each; the status is
 * derived from the quantities after every change. A fact that contradicts the order changes nothing and throws
 * {@link ImpossibleProgress}; one that needs another, not yet noted fact throws {@link ProgressAhead}.
 */
@Entity(name = "CustomerOrder")
@Table(name = "customer_order")
public class Order {

    public static final String ACCEPTED = "OrderAccepted";

    @Id
    private UUID id;

    private String orderNumber;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    private RiskDecision riskDecision;

    /** When the order entered its current status: the age report's "stuck for" clock. */
    private Instant statusSince;

    private String currency;

    private BigDecimal total;

    private boolean priority;

    private String customerId;

    private String customerName;

    private String customerEmail;

    private String customerPhone;

    private String customerLanguage;

    private String customerLoyaltyId;

    /** The location working the order (the last one assigned), else the pickup store: for search and the age report. */
    private String locationId;

    /** The order this one replaces (a wrong or defective item sent again), or null. */
    private UUID replacesOrderId;

    private String clientIp;

    @JdbcTypeCode(SqlTypes.JSON)
    private Address billingAddress;

    @JdbcTypeCode(SqlTypes.JSON)
    private Delivery delivery;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Tender> tenders;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Fulfillment> fulfillments;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<ReturnRecord> returns;

    private BigDecimal capturedAmount;

    private BigDecimal refundedAmount;

    /** Authorised money given back to the tenders (cancelled lines). */
    private BigDecimal releasedAmount;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @Version
    private Long version;

    private Instant createdAt;

    private Instant updatedAt;

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
     */
    public static Order place(OrderId id, OrderDraft raw, Instant now) {
        OrderDraft draft = raw.normalised();
        List<Violation> violations = new ArrayList<>(OrderRules.check(draft));
        violations.addAll(OrderRules.checkPromise(draft.delivery(), today(now)));
        if (!violations.isEmpty()) throw new OrderRuleViolation(violations);
        Currency currency = Money.currency(draft.currency());
        Order order = new Order();
        order.id = id.value();
        order.orderNumber = draft.orderNumber();
        order.channel = draft.channel();
        order.currency = currency.getCurrencyCode();
        order.total = Money.scaled(OrderRules.total(draft), currency);
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
            tenders.add(new Tender(String.valueOf(i + 1), p.type(), Money.scaled(p.amount(), currency), p.reference(),
                    p.fingerprint()));
        }
        order.tenders = tenders;
        for (int i = 0; i < draft.lines().size(); i++) {
            OrderDraft.Line l = draft.lines().get(i);
            order.lines.add(new OrderLine(order, String.valueOf(i + 1), l.sku(), l.quantity(),
                    Money.scaled(l.unitPrice(), currency), l.taxRate()));
        }
        order.fulfillments = new ArrayList<>();
        order.returns = new ArrayList<>();
        order.capturedAmount = Money.scaled(BigDecimal.ZERO, currency);
        order.refundedAmount = Money.scaled(BigDecimal.ZERO, currency);
        order.releasedAmount = Money.scaled(BigDecimal.ZERO, currency);
        order.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        order.updatedAt = order.createdAt;
        order.statusSince = order.createdAt;
        return order;
    }

    /**
     * A replacement for wrong or defective items of {@code original}: the same customer and delivery (unless given),
     * linked to the original, accepted without a risk check (a service agent decided it).
     *
     * @throws TooLate when a line asks for more units than were handed over to the customer
     */
    public static Order replacement(OrderId id, Order original, String orderNumber, List<ReplacementLine> wanted,
                                    Delivery delivery, List<OrderDraft.Payment> tenders, String reason, String by,
                                    Instant now) {
        if (original.riskDecision != RiskDecision.ACCEPTED) {
            throw new TooLate("order " + original.orderNumber + " was never accepted: there is nothing to replace");
        }
        List<OrderDraft.Line> lines = new ArrayList<>();
        for (ReplacementLine w : wanted) {
            OrderLine line = original.lines.stream().filter(l -> l.lineId().equals(w.lineId())).findFirst()
                    .orElseThrow(() -> new OrderRuleViolation(List.of(new Violation("lines", "order " + original.orderNumber
                            + " has no line " + w.lineId()))));
            int handedOver = line.quantities().handedOver();
            if (w.quantity() > handedOver) {
                throw new TooLate("line " + w.lineId() + ": only " + handedOver + " units were handed over, so "
                        + w.quantity() + " cannot be replaced");
            }
            lines.add(new OrderDraft.Line(line.sku(), w.quantity(),
                    w.unitPrice() == null ? BigDecimal.ZERO : w.unitPrice(), line.taxRate()));
        }
        Customer c = original.customer();
        OrderDraft draft = new OrderDraft(original.channel, orderNumber, c, original.currency, lines,
                // the original's promise is kept unless it has passed already: a replacement cannot be late for it
                delivery == null ? original.delivery.withoutPromiseBefore(today(now)) : delivery, tenders, original.priority, original.billingAddress, null);
        Order order = place(id, draft, now);
        order.replacesOrderId = original.id;
        order.riskDecision = RiskDecision.ACCEPTED;
        order.note(now, ACCEPTED, "Replacement for order " + original.orderNumber + " created by " + by + ": "
                + describeDraft(draft) + (reason == null ? "" : " (" + reason + ")"));
        original.note(now, "ReplacementOrdered", "Replacement order " + orderNumber + " created by " + by + ": "
                + describeDraft(draft) + (reason == null ? "" : " (" + reason + ")"));
        return order;
    }

    /** One line of a replacement: units of a line of the original, at {@code unitPrice} (null: free of charge). */
    public record ReplacementLine(String lineId, int quantity, BigDecimal unitPrice) {
    }

    // ---- risk decision

    public void markAccepted(Instant at) {
        riskDecision = RiskDecision.ACCEPTED;
        note(at, ACCEPTED, "Accepted from " + channel + " as " + orderNumber + ": " + summary());
    }

    public void hold(List<String> reasons, int ruleSetVersion, Instant at) {
        riskDecision = RiskDecision.HELD;
        note(at, "OrderHeld", "Received from " + channel + " as " + orderNumber + ": " + summary()
                + "; held for review by rule set " + ruleSetVersion + ": " + String.join(", ", reasons));
    }

    public void rejectByRiskCheck(List<String> reasons, Instant at) {
        riskDecision = RiskDecision.REJECTED;
        note(at, "OrderRejected", "Received from " + channel + " as " + orderNumber + ": " + summary()
                + "; rejected by the risk check: " + String.join(", ", reasons));
    }

    /** A reviewer released the held order: it is accepted now. */
    public void release(String by, String reason, Instant at) {
        requireHeld();
        riskDecision = RiskDecision.ACCEPTED;
        note(at, ACCEPTED, "Released by " + by + " after review" + (reason == null ? "" : " (" + reason + ")")
                + "; accepted from " + channel + " as " + orderNumber + ": " + summary());
    }

    /** A reviewer rejected (cancelled) the held order: it never goes downstream. */
    public void rejectAfterReview(String by, String reason, Instant at) {
        requireHeld();
        riskDecision = RiskDecision.REJECTED;
        note(at, "OrderRejected", "Rejected by " + by + " after review" + (reason == null ? "" : " (" + reason + ")"));
    }

    private void requireHeld() {
        if (riskDecision != RiskDecision.HELD) throw new TooLate("order " + orderNumber + " is not held for review: it is " + status);
    }

    // ---- service actions

    /**
     * Cancels open units: the given lines' units, or (with null) every open unit of the order.
     *
     * @return what was cancelled
     * @throws TooLate when the order is not accepted, or a line has fewer open units than asked (shipped, waiting at the
     *                 store or collected units cannot be cancelled); nothing changes then
     */
    public List<LineQuantity> cancel(List<LineQuantity> requested, String reason, String by, Instant at) {
        if (riskDecision == RiskDecision.HELD) {
            throw new TooLate("order " + orderNumber + " is held for review: reject it in the review queue instead");
        }
        if (riskDecision == RiskDecision.REJECTED) throw new TooLate("order " + orderNumber + " was rejected");
        List<LineQuantity> cancelling = new ArrayList<>();
        if (requested == null) {
            for (OrderLine l : lines) {
                int open = l.quantities().open();
                if (open > 0) cancelling.add(new LineQuantity(l.lineId(), l.sku(), open));
            }
            if (cancelling.isEmpty()) {
                throw new TooLate("order " + orderNumber + " has no open units left to cancel: everything was shipped, "
                        + "picked up, is waiting at the store or was cancelled");
            }
        } else {
            for (LineQuantity r : requested) {
                OrderLine l = lines.stream().filter(x -> x.lineId().equals(r.lineId())).findFirst()
                        .orElseThrow(() -> new OrderRuleViolation(List.of(new Violation("lines",
                                "order " + orderNumber + " has no line " + r.lineId()))));
                cancelling.add(new LineQuantity(l.lineId(), l.sku(), r.quantity()));
            }
        }
        Map<OrderLine, LineQuantities> next = new LinkedHashMap<>();
        for (LineQuantity c : cancelling) {
            OrderLine line = line(c);
            LineQuantities q;
            try {
                q = next.getOrDefault(line, line.quantities()).cancel(c.quantity());
            } catch (TooLate e) {
                throw new TooLate("line " + line.lineId() + ": " + e.getMessage());
            }
            // units routing could not place need no place any more once cancelled
            next.put(line, q.withUnroutableAtMost(Math.max(0, q.wanted() - q.assigned())));
        }
        next.forEach(OrderLine::set);
        note(at, "OrderCancelled", "Cancelled by " + by + ": " + describe(cancelling) + (reason == null ? "" : " (" + reason + ")"));
        return cancelling;
    }

    /**
     * Changes where the order goes, as long as no location was assigned.
     *
     * @return whether downstream services know the order (and so must hear of the change)
     */
    public boolean changeDelivery(Delivery next, String by, Instant at) {
        if (riskDecision == RiskDecision.REJECTED || status == OrderStatus.CANCELLED) {
            throw new TooLate("order " + orderNumber + " is " + status);
        }
        if (!fulfillments.isEmpty()) {
            throw new TooLate("order " + orderNumber + " was assigned to " + fulfillments.getFirst().locationId()
                    + " already: the delivery address can no longer change");
        }
        Delivery normalised = next.normalised();
        List<Violation> violations = new ArrayList<>(OrderRules.checkDelivery(normalised));
        violations.addAll(OrderRules.checkPromise(normalised, today(at)));
        if (!violations.isEmpty()) throw new OrderRuleViolation(violations);
        delivery = normalised;
        locationId = delivery.pickupLocationId();
        note(at, "DeliveryAddressChanged", "Delivery changed by " + by + " to " + (delivery.address() == null
                ? "pickup at " + delivery.pickupLocationId() : delivery.address().oneLine()));
        return riskDecision == RiskDecision.ACCEPTED;
    }

    /** Promise dates are calendar days in UTC. */
    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** @return whether downstream services know the order */
    public boolean addNote(String text, String author, Instant at) {
        note(at, "OrderNoteAdded", author + ": " + text);
        return riskDecision == RiskDecision.ACCEPTED;
    }

    // ---- routing-service: fulfilment orders

    public void noteFulfillmentAssigned(FulfillmentId fulfillmentId, String locationId, List<LineQuantity> assigned, Instant at) {
        if (find(fulfillmentId) != null) throw new ImpossibleProgress("fulfilment " + fulfillmentId + " was assigned before");
        changeLines(assigned, LineQuantities::assign);
        fulfillments = append(fulfillments, new Fulfillment(fulfillmentId.value(), locationId, FulfillmentStatus.ASSIGNED,
                assigned, List.of(), List.of(), List.of(), List.of()));
        this.locationId = locationId;
        note(at, "FulfillmentAssigned", "Assigned to " + locationId + ": " + describe(assigned));
    }

    public void noteFulfillmentAcknowledged(FulfillmentId fulfillmentId, Instant at) {
        Fulfillment f = active(fulfillmentId);
        if (f.status() == FulfillmentStatus.ASSIGNED) replace(f.withStatus(FulfillmentStatus.ACKNOWLEDGED));
        note(at, "FulfillmentAcknowledged", f.locationId() + " acknowledged its fulfilment order: " + describe(f.lines()));
    }

    /** The location gives its lines back to routing (which assigns them anew) and its stock allocation is released. */
    public void noteFulfillmentRejected(FulfillmentId fulfillmentId, String reason, Instant at) {
        Fulfillment f = active(fulfillmentId);
        if (f.status() == FulfillmentStatus.SHIPPED || f.status() == FulfillmentStatus.PICKED_UP) {
            throw new ImpossibleProgress("fulfilment " + fulfillmentId + " cannot be rejected: it is " + f.status());
        }
        if (!f.allocatedNow().isEmpty()) changeLines(f.allocatedNow(), LineQuantities::release);
        List<LineQuantity> remaining = remaining(f);
        if (!remaining.isEmpty()) changeLines(remaining, LineQuantities::unassign);
        replace(f.withStatus(FulfillmentStatus.REJECTED).withAllocatedNow(List.of()));
        note(at, "FulfillmentRejected", f.locationId() + " rejected " + describe(f.lines())
                + (reason == null ? "" : " (" + reason + ")") + "; the lines are to be routed again");
    }

    public void noteFulfillmentShipped(FulfillmentId fulfillmentId, List<LineQuantity> shipped, String carrier,
                                       String trackingNumber, Instant at) {
        Fulfillment f = active(fulfillmentId);
        int cancelledBefore = cancelledUnits();
        changeLines(shipped, LineQuantities::ship);
        replace(f.withStatus(FulfillmentStatus.SHIPPED));
        note(at, "FulfillmentShipped", "Shipped from " + f.locationId()
                + (carrier == null ? "" : " with " + carrier)
                + (trackingNumber == null ? "" : " (tracking " + trackingNumber + ")") + ": " + describe(shipped)
                + tooLate(cancelledBefore));
    }

    public void noteReadyForPickup(FulfillmentId fulfillmentId, List<LineQuantity> ready, Instant at) {
        Fulfillment f = active(fulfillmentId);
        int cancelledBefore = cancelledUnits();
        changeLines(ready, LineQuantities::readyForPickup);
        replace(f.withStatus(FulfillmentStatus.READY_FOR_PICKUP));
        note(at, "FulfillmentReadyForPickup", "Ready for pickup at " + f.locationId() + ": " + describe(ready)
                + tooLate(cancelledBefore));
    }

    public void notePickedUp(FulfillmentId fulfillmentId, List<LineQuantity> collected, Instant at) {
        Fulfillment f = active(fulfillmentId);
        int cancelledBefore = cancelledUnits();
        changeLines(collected, LineQuantities::pickUp);
        replace(f.withStatus(FulfillmentStatus.PICKED_UP));
        note(at, "FulfillmentPickedUp", "Picked up at " + f.locationId() + ": " + describe(collected) + tooLate(cancelledBefore));
    }

    public void noteUnroutable(List<LineQuantity> unroutable, String reason, Instant at) {
        changeLines(unroutable, LineQuantities::markUnroutable);
        note(at, "FulfillmentUnroutable", "No location can fulfil " + describe(unroutable)
                + (reason == null ? "" : " (" + reason + ")"));
    }

    /**
     * Routing took cancelled units off a fulfilment order (before shipment): they leave {@code assigned}, and its share of
     * {@code allocated} shrinks to what it still holds (inventory's StockReleased may come before or after).
     */
    public void noteFulfillmentCancelled(FulfillmentId fulfillmentId, List<LineQuantity> removed, String reason, Instant at) {
        Fulfillment f = find(fulfillmentId);
        if (f == null) throw new ImpossibleProgress("order " + id + " has no fulfilment " + fulfillmentId);
        if (f.status() == FulfillmentStatus.REJECTED) {
            throw new ImpossibleProgress("fulfilment " + fulfillmentId + " was rejected; nothing of it can be cancelled");
        }
        if (removed == null || removed.isEmpty()) throw new ImpossibleProgress("the fact names no lines");
        Fulfillment next = f;
        for (LineQuantity r : removed) {
            line(r);
            int still = Fulfillment.units(next.lines(), r.lineId()) - Fulfillment.units(next.cancelledLines(), r.lineId());
            if (r.quantity() <= 0 || r.quantity() > still) {
                throw new ImpossibleProgress("fulfilment " + fulfillmentId + " holds " + still + " units of line "
                        + r.lineId() + ", cannot take off " + r.quantity());
            }
            next = next.withCancelled(Fulfillment.plus(next.cancelledLines(), r.lineId(), r.sku(), r.quantity()));
        }
        Fulfillment settled = settle(next);
        changeLines(removed, LineQuantities::unassign);
        boolean empty = remaining(settled).isEmpty();
        replace(empty ? settled.withStatus(FulfillmentStatus.CANCELLED) : settled);
        note(at, "FulfillmentCancelled", "Taken off the fulfilment order at " + f.locationId() + ": " + describe(removed)
                + (reason == null ? "" : " (" + reason + ")"));
    }

    /** Routing cannot place these lines now and retries; the order only notes it. */
    public void noteFulfillmentDeferred(List<LineQuantity> deferred, String reason, Instant retryUntil, Instant at) {
        note(at, "FulfillmentDeferred", "No location can take " + describe(deferred) + " now"
                + (reason == null ? "" : " (" + reason + ")")
                + (retryUntil == null ? "" : "; routing retries until " + retryUntil));
    }

    // ---- inventory-service: stock allocations

    /** Allocation follows assignment, but on another topic: an allocation for an unknown fulfilment order waits for it. */
    public void noteStockAllocated(FulfillmentId fulfillmentId, String locationId, List<LineQuantity> allocated, Instant at) {
        Fulfillment f = find(fulfillmentId);
        if (f == null) throw new ProgressAhead("stock allocated for fulfilment " + fulfillmentId + " before it was assigned");
        if (!f.allocatedLines().isEmpty()) throw new ImpossibleProgress("fulfilment " + fulfillmentId + " was allocated before");
        if (allocated == null || allocated.isEmpty()) throw new ImpossibleProgress("the fact names no lines");
        allocated.forEach(this::line);
        if (f.status() == FulfillmentStatus.REJECTED) {
            // the location rejected it meanwhile: inventory releases the stock with the rejection, nothing stays allocated
            replace(f.withAllocated(allocated));
            note(at, "StockAllocated", "Stock allocated at " + locationId + " for a rejected fulfilment order: "
                    + describe(allocated));
            return;
        }
        for (LineQuantity a : allocated) {
            int assignedHere = Fulfillment.units(f.lines(), a.lineId());
            if (a.quantity() <= 0 || a.quantity() > assignedHere) {
                throw new ImpossibleProgress("line " + a.lineId() + ": cannot allocate " + a.quantity() + " units for a "
                        + "fulfilment order of " + assignedHere);
            }
        }
        replace(settle(f.withAllocated(allocated)));
        note(at, "StockAllocated", "Stock allocated at " + locationId + ": " + describe(allocated));
    }

    /** Inventory gave an allocation back (cancelled or rejected fulfilment order); counted once, whichever came first. */
    public void noteStockReleased(FulfillmentId fulfillmentId, String locationId, List<LineQuantity> released,
                                  String reason, Instant at) {
        Fulfillment f = find(fulfillmentId);
        if (f == null) throw new ProgressAhead("stock released for fulfilment " + fulfillmentId + " before it was assigned");
        if (released == null || released.isEmpty()) throw new ImpossibleProgress("the fact names no lines");
        Fulfillment next = f;
        for (LineQuantity r : released) {
            line(r);
            if (r.quantity() <= 0) throw new ImpossibleProgress("quantity must be positive, was " + r.quantity());
            next = next.withReleased(Fulfillment.plus(next.releasedLines(), r.lineId(), r.sku(), r.quantity()));
        }
        replace(next.status() == FulfillmentStatus.REJECTED ? next : settle(next));
        note(at, "StockReleased", "Stock released at " + locationId + ": " + describe(released)
                + (reason == null ? "" : " (" + reason + ")"));
    }

    /** @param shortBy units missing per line (requested minus available) */
    public void noteStockAllocationFailed(FulfillmentId fulfillmentId, String locationId, List<LineQuantity> shortBy,
                                          String reason, Instant at) {
        note(at, "StockAllocationFailed", "Stock allocation failed at " + locationId
                + (reason == null ? "" : " (" + reason + ")")
                + (shortBy.isEmpty() ? "" : ", short: " + describe(shortBy)) + "; the lines are to be routed again");
    }

    // ---- payment-service: money

    public void notePaymentCaptured(String currency, BigDecimal amount, Instant at) {
        BigDecimal captured = amount(currency, amount);
        if (capturedAmount.add(captured).compareTo(total) > 0) {
            throw new ImpossibleProgress("capturing " + captured + " would take more than the order total " + total
                    + " (captured so far " + capturedAmount + ")");
        }
        capturedAmount = capturedAmount.add(captured);
        note(at, "PaymentCaptured", "Captured " + captured.toPlainString() + " " + this.currency);
    }

    public void noteInvoiceIssued(String invoiceNumber, String currency, BigDecimal gross, BigDecimal tax, Instant at) {
        note(at, "InvoiceIssued", "Invoice " + invoiceNumber + " issued: " + plain(gross) + " " + currency + " gross"
                + (tax == null ? "" : ", " + plain(tax) + " tax"));
    }

    /** Refunded units are counted per line once the return's goods are known too (they may arrive later). */
    public void noteRefundIssued(UUID returnId, String currency, BigDecimal amount, Instant at) {
        BigDecimal refund = amount(currency, amount);
        if (refundedAmount.add(refund).compareTo(capturedAmount) > 0) {
            throw new ImpossibleProgress("refunding " + refund + " would give back more than was captured (" + capturedAmount
                    + ", refunded so far " + refundedAmount + ")");
        }
        String perLine = "";
        if (returnId != null) {
            ReturnRecord known = findReturn(returnId);
            List<LineQuantity> returnedLines = known == null ? null : known.lines();
            boolean countLines = returnedLines != null && !known.linesRefunded();
            if (countLines) {
                changeLines(returnedLines, LineQuantities::refund);
                perLine = ": " + describe(returnedLines);
            }
            BigDecimal before = known == null || known.refundAmount() == null ? BigDecimal.ZERO : known.refundAmount();
            putReturn(new ReturnRecord(returnId, known == null ? null : known.locationId(), returnedLines,
                    before.add(refund), countLines || (known != null && known.linesRefunded())));
        }
        refundedAmount = refundedAmount.add(refund);
        note(at, "RefundIssued", "Refunded " + refund.toPlainString() + " " + this.currency + perLine);
    }

    /** Authorised money no longer to be captured (cancelled lines) was given back to the tenders. */
    public void noteAuthorizationReleased(String currency, BigDecimal amount, String reason, Instant at) {
        BigDecimal released = amount(currency, amount);
        if (releasedAmount.add(released).compareTo(total) > 0) {
            throw new ImpossibleProgress("releasing " + released + " would give back more than the order total " + total);
        }
        releasedAmount = releasedAmount.add(released);
        note(at, "AuthorizationReleased", "Authorisation of " + released.toPlainString() + " " + this.currency
                + " released" + (reason == null ? "" : " (" + reason + ")"));
    }

    // ---- returns-service

    public void noteReturnReceived(UUID returnId, String locationId, List<LineQuantity> returned, Instant at) {
        ReturnRecord known = findReturn(returnId);
        if (known != null && known.lines() != null) throw new ImpossibleProgress("return " + returnId + " was received before");
        changeLines(returned, LineQuantities::receiveReturn);
        boolean refundedBefore = known != null && known.refundAmount() != null;
        if (refundedBefore) changeLines(returned, LineQuantities::refund);
        putReturn(new ReturnRecord(returnId, locationId, returned, known == null ? null : known.refundAmount(), refundedBefore));
        note(at, "ReturnReceived", "Return received at " + locationId + ": " + describe(returned));
    }

    // ---- notification-service

    public void noteNotificationSent(String kind, String channel, String recipient, Instant at) {
        note(at, "NotificationSent", "Customer told " + kind + " by " + channel + (recipient == null ? "" : " to " + recipient));
    }

    /** Marks the time of the last change (processing time, not the time of the fact). */
    public void touch(Instant now) {
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    // ---- reading

    public OrderId id() {
        return new OrderId(id);
    }

    public String orderNumber() {
        return orderNumber;
    }

    public Channel channel() {
        return channel;
    }

    public OrderStatus status() {
        return status;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal total() {
        return total;
    }

    public boolean priority() {
        return priority;
    }

    public Customer customer() {
        return new Customer(customerId, customerName, customerEmail, customerPhone, customerLanguage, customerLoyaltyId);
    }

    public RiskDecision riskDecision() {
        return riskDecision;
    }

    public Instant statusSince() {
        return statusSince;
    }

    public String locationId() {
        return locationId;
    }

    public UUID replacesOrderId() {
        return replacesOrderId;
    }

    public String clientIp() {
        return clientIp;
    }

    public Address billingAddress() {
        return billingAddress;
    }

    public BigDecimal releasedAmount() {
        return releasedAmount;
    }

    public Delivery delivery() {
        return delivery;
    }

    public List<Tender> tenders() {
        return Collections.unmodifiableList(tenders);
    }

    public List<OrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public BigDecimal capturedAmount() {
        return capturedAmount;
    }

    public BigDecimal refundedAmount() {
        return refundedAmount;
    }

    public List<Fulfillment> fulfillments() {
        return Collections.unmodifiableList(fulfillments);
    }

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    public Instant createdAt() {
        return createdAt;
    }

    // ---- internals

    private void note(Instant at, String type, String summary) {
        timeline.add(new TimelineEntry(this, at, type, summary));
        OrderStatus next = OrderStatus.of(riskDecision, lines.stream().map(OrderLine::quantities).toList());
        if (next != status) statusSince = at.truncatedTo(ChronoUnit.MICROS);
        status = next;
    }

    /**
     * Sets the fulfilment's share of its lines' {@code allocated}: allocated minus released, at most its units still
     * assigned; the difference to the share counted before goes into the lines.
     */
    private Fulfillment settle(Fulfillment f) {
        Map<OrderLine, LineQuantities> next = new LinkedHashMap<>();
        List<LineQuantity> share = f.allocatedNow();
        for (LineQuantity l : f.lines()) {
            String lineId = l.lineId();
            int target = Math.max(0, Math.min(
                    Fulfillment.units(f.allocatedLines(), lineId) - Fulfillment.units(f.releasedLines(), lineId),
                    Fulfillment.units(f.lines(), lineId) - Fulfillment.units(f.cancelledLines(), lineId)));
            int delta = target - Fulfillment.units(share, lineId);
            if (delta == 0) continue;
            OrderLine line = line(l);
            LineQuantities q = next.getOrDefault(line, line.quantities());
            try {
                next.put(line, q.withAllocated(q.allocated() + delta));
            } catch (ImpossibleProgress e) {
                throw new ImpossibleProgress("line " + lineId + ": " + e.getMessage());
            }
            share = Fulfillment.set(share, lineId, l.sku(), target);
        }
        next.forEach(OrderLine::set);
        return f.withAllocatedNow(share);
    }

    /** Units of the fulfilment order still assigned to it, per line. */
    private static List<LineQuantity> remaining(Fulfillment f) {
        return f.lines().stream()
                .map(l -> new LineQuantity(l.lineId(), l.sku(), l.quantity() - Fulfillment.units(f.cancelledLines(), l.lineId())))
                .filter(l -> l.quantity() > 0).toList();
    }

    private int cancelledUnits() {
        return lines.stream().mapToInt(l -> l.quantities().cancelled()).sum();
    }

    private String tooLate(int cancelledBefore) {
        int overtaken = cancelledBefore - cancelledUnits();
        return overtaken <= 0 ? "" : "; the cancellation of " + plural(overtaken, "unit") + " came too late";
    }

    private String summary() {
        int units = lines.stream().mapToInt(l -> l.quantities().ordered()).sum();
        return plural(lines.size(), "line") + ", " + plural(units, "unit") + ", " + total.toPlainString() + " " + currency
                + (priority ? ", priority" : "");
    }

    private static String describeDraft(OrderDraft d) {
        return d.lines().stream().map(l -> l.sku() + " × " + l.quantity()).collect(Collectors.joining(", "));
    }

    /** Checks every line's change before applying any, so a refused fact leaves the order as it was. */
    private void changeLines(List<LineQuantity> facts, BiFunction<LineQuantities, Integer, LineQuantities> change) {
        if (facts == null || facts.isEmpty()) throw new ImpossibleProgress("the fact names no lines");
        Map<OrderLine, LineQuantities> next = new LinkedHashMap<>();
        for (LineQuantity fact : facts) {
            OrderLine line = line(fact);
            try {
                next.put(line, change.apply(next.getOrDefault(line, line.quantities()), fact.quantity()));
            } catch (ImpossibleProgress e) {
                throw new ImpossibleProgress("line " + line.lineId() + ": " + e.getMessage());
            } catch (ProgressAhead e) {
                throw new ProgressAhead("line " + line.lineId() + ": " + e.getMessage());
            }
        }
        next.forEach(OrderLine::set);
    }

    private OrderLine line(LineQuantity fact) {
        OrderLine line = lines.stream().filter(l -> l.lineId().equals(fact.lineId())).findFirst()
                .orElseThrow(() -> new ImpossibleProgress("order " + id + " has no line " + fact.lineId()));
        if (fact.sku() != null && !fact.sku().equals(line.sku())) {
            throw new ImpossibleProgress("line " + line.lineId() + " is " + line.sku() + ", not " + fact.sku());
        }
        return line;
    }

    private Fulfillment find(FulfillmentId fulfillmentId) {
        return fulfillments.stream().filter(f -> f.fulfillmentId().equals(fulfillmentId.value())).findFirst().orElse(null);
    }

    /** Routing's own events of a fulfilment order follow its assignment on the same topic and key: unknown means corrupt. */
    private Fulfillment active(FulfillmentId fulfillmentId) {
        Fulfillment f = find(fulfillmentId);
        if (f == null) throw new ImpossibleProgress("order " + id + " has no fulfilment " + fulfillmentId);
        if (f.status() == FulfillmentStatus.REJECTED) {
            throw new ImpossibleProgress("fulfilment " + fulfillmentId + " was rejected; its lines were routed again");
        }
        return f;
    }

    private void replace(Fulfillment changed) {
        List<Fulfillment> next = new ArrayList<>(fulfillments);
        next.replaceAll(f -> f.fulfillmentId().equals(changed.fulfillmentId()) ? changed : f);
        fulfillments = next;
    }

    private ReturnRecord findReturn(UUID returnId) {
        return returns.stream().filter(r -> r.returnId().equals(returnId)).findFirst().orElse(null);
    }

    private void putReturn(ReturnRecord record) {
        List<ReturnRecord> next = new ArrayList<>(returns);
        next.removeIf(r -> r.returnId().equals(record.returnId()));
        next.add(record);
        returns = next;
    }

    private BigDecimal amount(String eventCurrency, BigDecimal amount) {
        if (!Objects.equals(eventCurrency, currency)) {
            throw new ImpossibleProgress("amount in " + eventCurrency + " for an order in " + currency);
        }
        if (amount == null || amount.signum() <= 0) throw new ImpossibleProgress("amount must be positive, was " + amount);
        Currency c = Currency.getInstance(currency);
        if (!Money.fits(amount, c)) throw new ImpossibleProgress("amount " + amount + " has more decimals than " + currency);
        return Money.scaled(amount, c);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return next;
    }

    private static String describe(List<LineQuantity> lines) {
        return lines.stream().map(l -> "line " + l.lineId() + (l.sku() == null ? "" : " (" + l.sku() + ")") + " × " + l.quantity())
                .collect(Collectors.joining(", "));
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "?" : amount.toPlainString();
    }
}
