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

    private String currency;

    private BigDecimal total;

    private boolean priority;

    private String customerId;

    private String customerName;

    private String customerEmail;

    private String customerPhone;

    private String customerLanguage;

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

    /** Accepts an order from a channel; lines and tenders are numbered "1", "2", ... in the order given. */
    public static Order accept(OrderId id, OrderDraft draft, Instant now) {
        List<Violation> violations = OrderRules.check(draft);
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
        order.delivery = draft.delivery();
        List<Tender> tenders = new ArrayList<>();
        for (int i = 0; i < draft.tenders().size(); i++) {
            OrderDraft.Payment p = draft.tenders().get(i);
            tenders.add(new Tender(String.valueOf(i + 1), p.type(), Money.scaled(p.amount(), currency), p.reference()));
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
        order.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        order.updatedAt = order.createdAt;
        int units = draft.lines().stream().mapToInt(OrderDraft.Line::quantity).sum();
        order.note(now, ACCEPTED, "Accepted from " + draft.channel() + " as " + draft.orderNumber() + ": "
                + plural(draft.lines().size(), "line") + ", " + plural(units, "unit") + ", " + order.total.toPlainString()
                + " " + order.currency + (draft.priority() ? ", priority" : ""));
        return order;
    }

    // ---- routing-service: fulfilment orders

    public void noteFulfillmentAssigned(FulfillmentId fulfillmentId, String locationId, List<LineQuantity> assigned, Instant at) {
        if (find(fulfillmentId) != null) throw new ImpossibleProgress("fulfilment " + fulfillmentId + " was assigned before");
        changeLines(assigned, LineQuantities::assign);
        fulfillments = append(fulfillments, new Fulfillment(fulfillmentId.value(), locationId, FulfillmentStatus.ASSIGNED,
                assigned, List.of()));
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
        if (!f.allocatedLines().isEmpty()) changeLines(f.allocatedLines(), LineQuantities::release);
        changeLines(f.lines(), LineQuantities::unassign);
        replace(f.withStatus(FulfillmentStatus.REJECTED));
        note(at, "FulfillmentRejected", f.locationId() + " rejected " + describe(f.lines())
                + (reason == null ? "" : " (" + reason + ")") + "; the lines are to be routed again");
    }

    public void noteFulfillmentShipped(FulfillmentId fulfillmentId, List<LineQuantity> shipped, String carrier,
                                       String trackingNumber, Instant at) {
        Fulfillment f = active(fulfillmentId);
        changeLines(shipped, LineQuantities::ship);
        replace(f.withStatus(FulfillmentStatus.SHIPPED));
        note(at, "FulfillmentShipped", "Shipped from " + f.locationId()
                + (carrier == null ? "" : " with " + carrier)
                + (trackingNumber == null ? "" : " (tracking " + trackingNumber + ")") + ": " + describe(shipped));
    }

    public void noteReadyForPickup(FulfillmentId fulfillmentId, List<LineQuantity> ready, Instant at) {
        Fulfillment f = active(fulfillmentId);
        changeLines(ready, LineQuantities::readyForPickup);
        replace(f.withStatus(FulfillmentStatus.READY_FOR_PICKUP));
        note(at, "FulfillmentReadyForPickup", "Ready for pickup at " + f.locationId() + ": " + describe(ready));
    }

    public void notePickedUp(FulfillmentId fulfillmentId, List<LineQuantity> collected, Instant at) {
        Fulfillment f = active(fulfillmentId);
        changeLines(collected, LineQuantities::pickUp);
        replace(f.withStatus(FulfillmentStatus.PICKED_UP));
        note(at, "FulfillmentPickedUp", "Picked up at " + f.locationId() + ": " + describe(collected));
    }

    public void noteUnroutable(List<LineQuantity> unroutable, String reason, Instant at) {
        changeLines(unroutable, LineQuantities::markUnroutable);
        note(at, "FulfillmentUnroutable", "No location can fulfil " + describe(unroutable)
                + (reason == null ? "" : " (" + reason + ")"));
    }

    // ---- inventory-service: stock allocations

    /** Allocation follows assignment, but on another topic: an allocation for an unknown fulfilment order waits for it. */
    public void noteStockAllocated(FulfillmentId fulfillmentId, String locationId, List<LineQuantity> allocated, Instant at) {
        Fulfillment f = find(fulfillmentId);
        if (f == null) throw new ProgressAhead("stock allocated for fulfilment " + fulfillmentId + " before it was assigned");
        if (!f.allocatedLines().isEmpty()) throw new ImpossibleProgress("fulfilment " + fulfillmentId + " was allocated before");
        if (f.status() == FulfillmentStatus.REJECTED) {
            // the location rejected it meanwhile: inventory releases the stock with the rejection, nothing stays allocated
            replace(f.withAllocated(allocated));
            note(at, "StockAllocated", "Stock allocated at " + locationId + " for a rejected fulfilment order: "
                    + describe(allocated));
            return;
        }
        changeLines(allocated, LineQuantities::allocate);
        replace(f.withAllocated(allocated));
        note(at, "StockAllocated", "Stock allocated at " + locationId + ": " + describe(allocated));
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
        return new Customer(customerId, customerName, customerEmail, customerPhone, customerLanguage);
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
        status = OrderStatus.of(lines.stream().map(OrderLine::quantities).toList());
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
