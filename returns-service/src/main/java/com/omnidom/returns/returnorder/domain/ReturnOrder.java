package com.omnidom.returns.returnorder.domain;

import com.omnidom.kernel.IllegalTransition;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import com.omnidom.returns.sale.domain.OrderId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A customer's return of units of one order's lines. REQUESTED holds the units (they are no longer returnable);
 * receiving records what arrived and its inspection and fixes the refund amount; payment's refund closes it.
 * Quantities against what was shipped are decided by the database, not here: this aggregate keeps its own lines.
 */
@Entity
@Table(name = "return_order")
public class ReturnOrder {

    private static final Pattern LOCATION_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Id
    private UUID id;

    private UUID orderId;

    @Enumerated(EnumType.STRING)
    private ReturnChannel channel;

    private String locationId;

    @Enumerated(EnumType.STRING)
    private ReturnStatus status;

    private String currency;

    private BigDecimal refundAmount;

    private BigDecimal refundedAmount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "return_order_line", joinColumns = @JoinColumn(name = "return_id"))
    @OrderColumn(name = "line_index")
    private List<ReturnOrderLine> lines = new ArrayList<>();

    @Version
    private Long version;

    private Instant createdAt;

    private Instant receivedAt;

    private Instant refundedAt;

    private Instant cancelledAt;

    protected ReturnOrder() {
        // for JPA
    }

    /** A new REQUESTED return; rule violations name the request's fields ({@code lines[1].quantity}). */
    public static ReturnOrder request(ReturnId id, OrderId orderId, ReturnChannel channel, String locationId,
                                      String currency, List<RequestedLine> lines, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (locationId == null || !LOCATION_ID.matcher(locationId).matches()) {
            violations.add(new Violation("locationId", "must be 1 to 64 letters, digits, '.', '_' or '-'"));
        }
        if (lines.isEmpty()) violations.add(new Violation("lines", "must hold at least one line"));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            RequestedLine line = lines.get(i);
            if (!seen.add(line.lineId())) {
                violations.add(new Violation("lines[" + i + "].lineId", "line " + line.lineId() + " appears more than once"));
            }
            if (line.quantity() < 1) violations.add(new Violation("lines[" + i + "].quantity", "must be at least 1"));
            if (line.reason() == null) violations.add(new Violation("lines[" + i + "].reason", "required"));
        }
        if (!violations.isEmpty()) throw new RuleViolation(violations);
        ReturnOrder order = new ReturnOrder();
        order.id = id.value();
        order.orderId = orderId.value();
        order.channel = Objects.requireNonNull(channel, "channel");
        order.locationId = locationId;
        order.status = ReturnStatus.REQUESTED;
        order.currency = currency;
        order.refundedAmount = order.inCurrencyScale(BigDecimal.ZERO);
        lines.forEach(l -> order.lines.add(new ReturnOrderLine(l)));
        order.createdAt = now;
        return order;
    }

    /**
     * Records what arrived at the receiving location and fixes the refund: Σ received units × gross unit price.
     * Lines not inspected did not arrive.
     *
     * @return units requested but not received, to become returnable again
     */
    public List<Release> receive(List<Inspection> inspections, Instant now) {
        if (status != ReturnStatus.REQUESTED) {
            throw new IllegalTransition("Return " + id + " is " + status + "; only a REQUESTED return can be received.");
        }
        Map<String, Inspection> byLine = validated(inspections);
        List<Release> releases = new ArrayList<>();
        BigDecimal refund = BigDecimal.ZERO;
        for (ReturnOrderLine line : lines) {
            line.receive(byLine.get(line.lineId()));
            refund = refund.add(line.refund());
            int missing = line.quantity() - line.receivedQuantity();
            if (missing > 0) releases.add(new Release(line.lineId(), missing));
        }
        refundAmount = inCurrencyScale(refund);
        status = ReturnStatus.RECEIVED;
        receivedAt = now;
        return releases;
    }

    private Map<String, Inspection> validated(List<Inspection> inspections) {
        Map<String, Integer> requested = new HashMap<>();
        lines.forEach(l -> requested.put(l.lineId(), l.quantity()));
        List<Violation> violations = new ArrayList<>();
        if (inspections.isEmpty()) violations.add(new Violation("lines", "must hold at least one received line"));
        Map<String, Inspection> byLine = new HashMap<>();
        for (int i = 0; i < inspections.size(); i++) {
            Inspection inspection = inspections.get(i);
            Integer quantity = requested.get(inspection.lineId());
            if (quantity == null) {
                violations.add(new Violation("lines[" + i + "].lineId", "line " + inspection.lineId() + " is not part of this return"));
                continue;
            }
            if (byLine.putIfAbsent(inspection.lineId(), inspection) != null) {
                violations.add(new Violation("lines[" + i + "].lineId", "line " + inspection.lineId() + " appears more than once"));
            }
            if (inspection.quantity() < 1 || inspection.quantity() > quantity) {
                violations.add(new Violation("lines[" + i + "].quantity", "must be 1 to " + quantity + " (units requested)"));
            }
            if (inspection.resellable() == null) {
                violations.add(new Violation("lines[" + i + "].resellable", "required: can the units be sold again?"));
            }
        }
        if (!violations.isEmpty()) throw new RuleViolation(violations);
        return byLine;
    }

    /** Withdraws a return whose goods never came. @return all its units, to become returnable again */
    public List<Release> cancel(Instant now) {
        if (status != ReturnStatus.REQUESTED) {
            throw new IllegalTransition("Return " + id + " is " + status + "; only a REQUESTED return can be cancelled.");
        }
        status = ReturnStatus.CANCELLED;
        cancelledAt = now;
        return lines.stream().map(l -> new Release(l.lineId(), l.quantity())).toList();
    }

    /** Payment refunded {@code amount}; several refunds for one return add up. */
    public void noteRefundIssued(String refundCurrency, BigDecimal amount, Instant now) {
        if (status != ReturnStatus.RECEIVED && status != ReturnStatus.REFUNDED) {
            throw new IllegalTransition("Return " + id + " is " + status + "; only a received return is refunded.");
        }
        if (!currency.equals(refundCurrency)) {
            throw new RuleViolation("currency", "refund in " + refundCurrency + " for a return in " + currency);
        }
        if (amount == null || amount.signum() <= 0) throw new RuleViolation("amount", "must be positive");
        refundedAmount = inCurrencyScale(refundedAmount.add(amount));
        status = ReturnStatus.REFUNDED;
        refundedAt = now;
    }

    /** Pads to the currency's decimals (40 → 40.00 EUR); never rounds: money is not lost to a scale. */
    private BigDecimal inCurrencyScale(BigDecimal amount) {
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException unknownCurrency) {
            digits = 0;
        }
        return amount.setScale(Math.max(amount.scale(), Math.max(digits, 0)));
    }

    public ReturnId id() {
        return new ReturnId(id);
    }

    public OrderId orderId() {
        return new OrderId(orderId);
    }

    public ReturnStatus status() {
        return status;
    }

    public ReturnSnapshot snapshot() {
        return new ReturnSnapshot(id(), orderId(), channel, locationId, status,
                lines.stream().map(ReturnOrderLine::snapshot).toList(), currency, refundAmount, refundedAmount,
                createdAt, receivedAt, refundedAt, cancelledAt);
    }
}
