package com.omnidom.order.order.domain;

import com.omnidom.kernel.Money;
import com.omnidom.kernel.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * The order as stored (one row of {@code customer_order}, its lines, its JSON columns) and as clients read it; the
 * parts it loads for a change (ledgers, returns) and keeps back. What may change, and how, is {@link Order}'s.
 */
@MappedSuperclass
public abstract class OrderRecord {

    @Id
    UUID id;

    String orderNumber;

    @Enumerated(EnumType.STRING)
    Channel channel;

    @Enumerated(EnumType.STRING)
    OrderStatus status;

    @Enumerated(EnumType.STRING)
    RiskDecision riskDecision;

    /** When the order entered its current status: the age report's "stuck for" clock. */
    Instant statusSince;

    String currency;

    BigDecimal total;

    boolean priority;

    String customerId;

    String customerName;

    String customerEmail;

    String customerPhone;

    String customerLanguage;

    String customerLoyaltyId;

    /** The location working the order (the last one assigned), else the pickup store: for search and the age report. */
    String locationId;

    /** The order this one replaces (a wrong or defective item sent again), or null. */
    UUID replacesOrderId;

    String clientIp;

    @JdbcTypeCode(SqlTypes.JSON)
    Address billingAddress;

    @JdbcTypeCode(SqlTypes.JSON)
    Delivery delivery;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Tender> tenders;

    /** Shipping, handling, gift wrap: part of the total besides the lines (V8; empty on older orders). */
    @JdbcTypeCode(SqlTypes.JSON)
    List<Charge> charges;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Fulfillment> fulfillments;

    @JdbcTypeCode(SqlTypes.JSON)
    List<ReturnRecord> returns;

    BigDecimal capturedAmount;

    BigDecimal refundedAmount;

    /** Authorised money given back to the tenders (cancelled lines). */
    BigDecimal releasedAmount;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    List<OrderLine> lines = new ArrayList<>();

    @Transient
    List<NotedFact> noted = new ArrayList<>();

    @Version
    Long version;

    Instant createdAt;

    Instant updatedAt;

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

    public List<Charge> charges() {
        return charges == null ? List.of() : Collections.unmodifiableList(charges);
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

    /** Facts noted since the order was loaded or created, oldest first: what the timeline records next. */
    public List<NotedFact> noted() {
        return Collections.unmodifiableList(noted);
    }

    /** The facts noted so far, forgotten here once handed over (so each is recorded once). */
    public List<NotedFact> takeNoted() {
        List<NotedFact> taken = List.copyOf(noted);
        noted.clear();
        return taken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    // ---- the parts a change works on

    FulfillmentLedger ledger() {
        return new FulfillmentLedger(lines.stream()
                .map(l -> new FulfillmentLedger.Line(l.lineId(), l.sku(), l.quantities())).toList(), fulfillments);
    }

    void keep(FulfillmentLedger ledger) {
        for (int i = 0; i < lines.size(); i++) lines.get(i).set(ledger.lines().get(i).quantities());
        fulfillments = new ArrayList<>(ledger.fulfillments());
    }

    MoneyLedger money() {
        Currency c = Currency.getInstance(currency);
        return new MoneyLedger(Money.of(total, c), Money.of(capturedAmount, c), Money.of(refundedAmount, c),
                Money.of(releasedAmount, c));
    }

    void keep(MoneyLedger money) {
        total = money.total().amount();
        capturedAmount = money.captured().amount();
        refundedAmount = money.refunded().amount();
        releasedAmount = money.released().amount();
    }

    Returns returns() {
        return new Returns(returns);
    }

    void keep(Returns next) {
        returns = new ArrayList<>(next.records());
    }

    String location(FulfillmentId id) {
        return fulfillments.stream().filter(f -> f.fulfillmentId().equals(id.value())).findFirst().orElseThrow().locationId();
    }

    /** A line a service action names: an unknown one is the caller's mistake (422), not a contradiction. */
    OrderLine serviceLine(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                .orElseThrow(() -> new RuleViolation("lines", "order " + orderNumber + " has no line " + lineId));
    }

    OrderFact.Outline outline() {
        int units = lines.stream().mapToInt(l -> l.quantities().ordered()).sum();
        return new OrderFact.Outline(channel, orderNumber, lines.size(), units, Money.of(total, Currency.getInstance(currency)),
                priority);
    }

}
