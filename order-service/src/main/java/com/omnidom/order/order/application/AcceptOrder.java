package com.omnidom.order.order.application;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import com.omnidom.order.order.application.PricingProperties.IntakeChannel;
import com.omnidom.order.order.domain.Address;
import com.omnidom.order.order.domain.Customer;
import com.omnidom.order.order.domain.Delivery;
import com.omnidom.order.order.domain.Order;
import com.omnidom.order.order.domain.OrderDraft;
import com.omnidom.order.order.domain.OrderId;
import com.omnidom.order.order.domain.Orders;
import com.omnidom.order.risk.application.RiskCheck;
import com.omnidom.order.order.domain.LineDiscount;
import com.omnidom.order.risk.domain.RiskAction;
import com.omnidom.order.risk.domain.RiskAssessment;
import com.omnidom.order.risk.domain.RiskFinding;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Takes an order from a channel: intake rules, the risk check, then the order, its first timeline entry, its event
 * ({@code OrderAccepted}, {@code OrderHeld} or {@code OrderRejected}), the customer upsert, the risk records and (with
 * an Idempotency-Key) the stored answer commit together, or nothing does.
 */
@Service
public class AcceptOrder {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final Orders orders;
    private final IdempotentRequests idempotency;
    private final RiskCheck riskCheck;
    private final Customers customers;
    private final Outbox outbox;
    private final OrderProperties properties;
    private final Timeline timeline;
    private final OrderViews views;
    private final CatalogCheck catalogCheck;
    private final PromotionCheck promotionCheck;
    private final PickupStores pickupStores;
    private final Clock clock;

    public AcceptOrder(Orders orders, IdempotentRequests idempotency, RiskCheck riskCheck, Customers customers,
                       Outbox outbox, OrderProperties properties, Timeline timeline, OrderViews views,
                       CatalogCheck catalogCheck, PromotionCheck promotionCheck, PickupStores pickupStores, Clock clock) {
        this.catalogCheck = catalogCheck;
        this.pickupStores = pickupStores;
        this.promotionCheck = promotionCheck;
        this.orders = orders;
        this.idempotency = idempotency;
        this.riskCheck = riskCheck;
        this.customers = customers;
        this.outbox = outbox;
        this.properties = properties;
        this.timeline = timeline;
        this.views = views;
        this.clock = clock;
    }

    /** @param idempotencyKey null when the channel sent none */
    @Transactional
    public AcceptedOrder accept(OrderRequest request, String idempotencyKey) {
        return accept(request, idempotencyKey, IntakeChannel.valueOf(request.channel().name()));
    }

    /**
     * @param idempotencyKey null when the channel sent none
     * @param intakeChannel  whose catalog checks apply (Shopify's webhook has its own, its orders are WEB_SHOP's)
     */
    @Transactional
    public AcceptedOrder accept(OrderRequest request, String idempotencyKey, IntakeChannel intakeChannel) {
        return accept(request, idempotencyKey, new Intake(intakeChannel, false, List.of()));
    }

    /**
     * How a channel adapter hands an order in, beyond the request.
     *
     * @param channel       whose catalog checks apply
     * @param paidAsSaid    the tenders are what the channel says was paid: when they do not pay the lines and charges the
     *                      order is held for review ({@link #TENDER_MISMATCH}) instead of refused with 422
     * @param findings      what the channel itself says against the order (e.g. cancelled there): decided with the risk
     *                      check's findings, a REJECT without looking further
     */
    public record Intake(IntakeChannel channel, boolean paidAsSaid, List<RiskFinding> findings) {

        public Intake {
            findings = List.copyOf(findings);
        }
    }

    /** Reason code of an order whose tenders are not what its lines and charges cost. */
    public static final String TENDER_MISMATCH = "TENDER_MISMATCH";

    @Transactional
    public AcceptedOrder accept(OrderRequest request, String idempotencyKey, Intake intake) {
        IntakeChannel intakeChannel = intake.channel();
        if (idempotencyKey != null) {
            if (!KEY.matcher(idempotencyKey).matches()) {
                throw new InvalidRequest(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
            }
            Optional<OrderView> earlier = idempotency.claim(idempotencyKey, idempotency.fingerprint(request));
            if (earlier.isPresent()) return new AcceptedOrder(earlier.get(), true);
        }
        if (request.lines().size() > properties.maxLines()) {
            throw new InvalidRequest("lines", "must have at most " + properties.maxLines() + " lines");
        }
        Instant now = clock.instant();
        OrderDraft draft = checkedAgainstCatalog(draft(request), request, intakeChannel, now);
        Order order = Order.place(OrderId.random(), draft, now, !intake.paidAsSaid());
        if (orders.existsByChannelAndOrderNumber(order.channel(), order.orderNumber())) {
            throw new StateConflict("Order " + order.orderNumber() + " of " + order.channel() + " exists already.");
        }
        List<RiskFinding> said = new ArrayList<>(intake.findings());
        String mismatch = intake.paidAsSaid() ? Order.tenderMismatch(draft) : null;
        if (mismatch != null) said.add(new RiskFinding(TENDER_MISMATCH, "tenders " + mismatch, RiskAction.HOLD));
        RiskAssessment risk = riskCheck.check(RiskSubjects.of(order), said);
        switch (risk.outcome()) {
            case ACCEPT -> order.markAccepted(now);
            case HOLD -> order.hold(risk.findings().stream().map(f -> f.code() + ": " + f.detail()).toList(),
                    risk.ruleSetVersion(), now);
            case REJECT -> order.rejectByRiskCheck(risk.findings().stream().map(f -> f.code() + ": " + f.detail()).toList(), now);
        }
        orders.save(order);
        // flush first: the rows exist (and the unique order number is decided) before the event is recorded
        orders.flush();
        outbox.append(switch (risk.outcome()) {
            case ACCEPT -> OrderEvents.accepted(order, now);
            case HOLD -> OrderEvents.held(order, risk.codes(), risk.ruleSetVersion(), now);
            case REJECT -> OrderEvents.rejected(order, risk.codes(), RiskCheck.DECIDED_BY, now);
        });
        timeline.record(order);
        customers.upsert(order.channel(), order.customer(), now);
        OrderView view = views.of(order);
        if (idempotencyKey != null) idempotency.complete(idempotencyKey, order.id(), view);
        return new AcceptedOrder(view, false);
    }

    /**
     * The lines as the catalog accepts them, the discounts taken off (promotions, the channel's own), a pickup order
     * at its store's address (whose country the articles must be sold in). The catalog is
     * asked only when the lines and the currency keep the intake rules; the tenders are held against the total after
     * it (the catalog may set the prices, the discounts lower them), so when the catalog refuses a line or a coupon the
     * other rules' findings are named with it, all but the tenders'.
     */
    private OrderDraft checkedAgainstCatalog(OrderDraft draft, OrderRequest request, IntakeChannel intakeChannel, Instant now) {
        List<Violation> rules = Order.violations(draft);
        if (rules.stream().anyMatch(v -> v.field().startsWith("lines") || v.field().equals("currency"))) return draft;
        try {
            OrderDraft normalised = draft.normalised();
            normalised = normalised.withDelivery(pickupStores.resolve(normalised.delivery(), intakeChannel));
            OrderDraft checked = catalogCheck.check(normalised, intakeChannel, now);
            return promotionCheck.apply(checked, request.promotionCodes(), request.discounts(), intakeChannel, now);
        } catch (RuleViolation refused) {
            List<Violation> all = new ArrayList<>(refused.violations());
            rules.stream().filter(v -> !v.field().equals("tenders")).forEach(all::add);
            throw new RuleViolation(all);
        }
    }

    private static OrderDraft draft(OrderRequest r) {
        var c = r.customer();
        var d = r.delivery();
        var a = d.address();
        var b = r.billingAddress();
        String customerId = c.customerId() != null && !c.customerId().isBlank() ? c.customerId()
                : c.loyaltyId() != null && !c.loyaltyId().isBlank() ? "loyalty:" + c.loyaltyId().strip() : null;
        if (customerId == null) {
            throw new InvalidRequest("customer.customerId", "is required (or a loyaltyId that identifies the customer)");
        }
        return new OrderDraft(r.channel(), r.orderNumber(),
                new Customer(customerId, c.name(), c.email(), c.phone(), c.language(), c.loyaltyId()),
                r.currency(),
                r.lines().stream().map(l -> new OrderDraft.Line(l.sku(), l.quantity(), l.unitPrice(), l.taxRate())).toList(),
                delivery(d),
                r.tenders().stream().map(t -> new OrderDraft.Payment(t.type(), t.amount(), t.reference(), t.fingerprint())).toList(),
                Boolean.TRUE.equals(r.priority()),
                b == null ? null : new Address(b.name(), b.street(), b.postalCode(), b.city(), b.country()),
                r.clientIp() == null || r.clientIp().isBlank() ? null : r.clientIp().strip(),
                r.charges() == null ? List.of() : r.charges().stream().map(ch -> new OrderDraft.ChargeDraft(ch.type(), ch.name(),
                        ch.amount(), ch.taxRate(), ch.taxCategory(), ch.discounts() == null ? List.of() : ch.discounts().stream()
                        .map(x -> new LineDiscount(x.code(), x.name() == null ? x.code() : x.name(), x.amount())).toList())).toList());
    }

    static Delivery delivery(OrderRequest.Delivery d) {
        var a = d.address();
        return new Delivery(d.mode(),
                a == null ? null : new Address(a.name(), a.street(), a.postalCode(), a.city(), a.country()),
                geo(d.geo()), d.pickupLocationId(), Boolean.TRUE.equals(d.express()), d.promiseDate());
    }

    /** @throws RuleViolation naming the coordinate out of range (a point on earth cannot be made of it) */
    static GeoPoint geo(OrderRequest.Geo g) {
        if (g == null) return null;
        List<Violation> found = new ArrayList<>();
        if (!(g.latitude() >= -90 && g.latitude() <= 90)) {
            found.add(new Violation("delivery.geo.latitude", "must be between -90 and 90"));
        }
        if (!(g.longitude() >= -180 && g.longitude() <= 180)) {
            found.add(new Violation("delivery.geo.longitude", "must be between -180 and 180"));
        }
        if (!found.isEmpty()) throw new RuleViolation(found);
        return new GeoPoint(g.latitude(), g.longitude());
    }
}
