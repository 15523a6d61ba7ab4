package com.omnidom.payment.payments.domain;

import com.omnidom.kernel.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An order's payment: the tenders with what they authorised and the lines with their prices, then what was
 * captured per shipment, released per cancellation and refunded per return. Capturing, releasing and refunding
 * are two steps, plan then note; the use cases hold the payment's row lock from plan to commit (so a capture and a
 * cancel of one order are decided one after the other), the note re-checks the plan, {@code @Version} rejects a
 * concurrent change and the table's CHECKs have the last word (captured + released never beyond authorised, never
 * more units captured + cancelled than ordered, never more refunded than captured). Card parts are booked before the
 * PSP is called (with a {@link PspIntent}, outside the lock); a refusal takes the booking back ({@link #revert}).
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    private UUID orderId;

    private String orderNumber;

    private String currency;

    private BigDecimal total;

    private BigDecimal authorized;

    private BigDecimal captured;

    private BigDecimal refunded;

    private BigDecimal released;

    @Version
    private long version;

    private Instant createdAt;

    private String taxCountry;

    private String language;

    private Instant acceptedAt;

    private String recipient;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<Tender> tenders = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<PaymentLine> lines = new ArrayList<>();

    protected Payment() {
        // for JPA
    }

    /** Records an accepted order's tenders and lines; nothing is captured yet. */
    public static Payment record(OrderId orderId, String orderNumber, String currency, BigDecimal total,
                                 List<TenderSpec> tenders, List<LineSpec> lines, Instant now) {
        return record(orderId, orderNumber, currency, total, tenders, lines, List.of(), now);
    }

    /**
     * Records an accepted order's tenders, lines and charges; nothing is captured yet. A charge becomes a line of one
     * unit (id {@code charge:<chargeId>}) that no shipment names: the first capture takes it along, a return of the
     * last units may refund it ({@link #chargesToRefund}), a cancel of every line releases it.
     */
    public static Payment record(OrderId orderId, String orderNumber, String currency, BigDecimal total,
                                 List<TenderSpec> tenders, List<LineSpec> lines, List<ChargeSpec> charges, Instant now) {
        Payment payment = new Payment();
        payment.orderId = orderId.value();
        payment.orderNumber = orderNumber;
        payment.currency = currency;
        Money zero = Money.zero(payment.money());
        Money exactTotal = payment.exact(total, "total");
        if (exactTotal.isNegative()) throw new PaymentRuleViolation("total must not be negative");
        payment.total = exactTotal.amount();
        payment.captured = zero.amount();
        payment.refunded = zero.amount();
        payment.released = zero.amount();
        payment.createdAt = now;
        Set<String> tenderIds = new HashSet<>();
        Money authorized = zero;
        for (int i = 0; i < tenders.size(); i++) {
            TenderSpec spec = tenders.get(i);
            String tenderId = spec.tenderId() == null || spec.tenderId().isBlank() ? String.valueOf(i) : spec.tenderId();
            if (!tenderIds.add(tenderId)) throw new PaymentRuleViolation("tender " + tenderId + " appears twice");
            if (spec.type() == null) throw new PaymentRuleViolation("tender " + tenderId + " has no type");
            Money amount = payment.exact(spec.amount(), "tender " + tenderId + " amount");
            if (amount.isNegative()) throw new PaymentRuleViolation("tender " + tenderId + " amount must not be negative");
            if (spec.type().viaPsp() && (spec.reference() == null || spec.reference().isBlank())) {
                throw new PaymentRuleViolation("card tender " + tenderId + " has no PSP authorisation reference");
            }
            payment.tenders.add(new Tender(i, tenderId, spec.type(), spec.reference(), amount));
            authorized = authorized.plus(amount);
        }
        payment.authorized = authorized.amount();
        Set<String> lineIds = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            LineSpec spec = lines.get(i);
            if (spec.lineId() == null || !lineIds.add(spec.lineId())) {
                throw new PaymentRuleViolation("line id " + spec.lineId() + " is missing or appears twice");
            }
            if (spec.quantity() <= 0) throw new PaymentRuleViolation("line " + spec.lineId() + " quantity must be positive");
            if (spec.taxRate() == null || spec.taxRate().signum() < 0) {
                throw new PaymentRuleViolation("line " + spec.lineId() + " tax rate must be 0 or more");
            }
            if (spec.unitPrice() == null || spec.unitPrice().signum() < 0) {
                throw new PaymentRuleViolation("line " + spec.lineId() + " unit price must be 0 or more");
            }
            payment.lines.add(new PaymentLine(i, spec));
        }
        for (int i = 0; i < charges.size(); i++) {
            ChargeSpec charge = charges.get(i);
            String lineId = charge.lineId(i);
            if (!lineIds.add(lineId)) throw new PaymentRuleViolation("charge " + lineId + " appears twice");
            if (charge.type() == null) throw new PaymentRuleViolation("charge " + lineId + " has no type");
            if (payment.exact(charge.amount(), "charge " + lineId + " amount").isNegative()) {
                throw new PaymentRuleViolation("charge " + lineId + " amount must not be negative");
            }
            if (charge.taxRate() == null || charge.taxRate().signum() < 0) {
                throw new PaymentRuleViolation("charge " + lineId + " tax rate must be 0 or more");
            }
            payment.lines.add(new PaymentLine(lines.size() + i, lineId, charge));
        }
        return payment;
    }

    /** What capturing these shipped (or picked-up) units takes, and from which tenders; changes nothing. */
    public CapturePlan planCapture(List<LineQuantity> shipped) {
        return planCapture(shipped, TenderOrder.DEFAULT);
    }

    /** What capturing these shipped units takes, from the tenders in {@code order}'s capture order; changes nothing. */
    public CapturePlan planCapture(List<LineQuantity> shipped, TenderOrder order) {
        List<LineQuantity> items = new ArrayList<>(merged(shipped).stream().filter(item -> !isCharge(item.lineId())).toList());
        if (items.isEmpty()) throw new PaymentRuleViolation("a capture needs at least one line");
        // policy: the order's charges are captured and invoiced with its first capture (whatever is still open of them)
        lines.stream().filter(line -> line.isCharge() && line.open() > 0)
                .forEach(line -> items.add(new LineQuantity(line.lineId(), line.open())));
        List<Invoicing.InvoiceLine> invoiceLines = new ArrayList<>();
        Money amount = Money.zero(money());
        for (LineQuantity item : items) {
            PaymentLine line = line(item.lineId());
            if (item.quantity() > line.open()) {
                throw new PaymentRuleViolation("line " + item.lineId() + ": " + item.quantity() + " units to capture but only "
                        + line.open() + " of " + line.quantity() + " are neither captured nor cancelled");
            }
            Invoicing.InvoiceLine invoiceLine = Invoicing.line(line.lineId(), line.sku(), item.quantity(), line.unitPrice(),
                    line.taxRate(), currency);
            invoiceLines.add(invoiceLine);
            amount = amount.plus(Money.of(invoiceLine.gross(), money()));
        }
        List<TenderAllocation.Part> parts = TenderAllocation.forCapture(amount, capturable(), order);
        return new CapturePlan(items, List.copyOf(invoiceLines), amount, parts);
    }

    /** Books a planned capture once its tenders were charged. */
    public void noteCaptured(CapturePlan plan) {
        noteCaptured(plan, TenderOrder.DEFAULT);
    }

    /** Books a capture planned with {@code order}, once its tenders were charged. */
    public void noteCaptured(CapturePlan plan, TenderOrder order) {
        CapturePlan current = planCapture(plan.items(), order);
        if (!current.equals(plan)) throw new PaymentRuleViolation("the payment changed since the capture was planned");
        plan.items().forEach(item -> line(item.lineId()).noteCaptured(item.quantity()));
        plan.parts().forEach(part -> tender(part.tenderId()).noteCaptured(part.amount()));
        captured = plan.amount().plus(Money.of(captured, money())).amount();
    }

    /**
     * What cancelling these units gives back, and from which tenders (card first); changes nothing. Units already
     * captured stay as they are (only the open ones are cancelled). The amount is the cancelled units' gross, but
     * never so much that the lines still open could not be captured any more; once nothing is open, whatever is
     * still authorised and not captured goes back (e.g. an authorisation above the order total).
     */
    public ReleasePlan planRelease(List<LineQuantity> cancelled) {
        return planRelease(cancelled, TenderOrder.DEFAULT);
    }

    /** What cancelling these units gives back, from the tenders in {@code order}'s refund order; changes nothing. */
    public ReleasePlan planRelease(List<LineQuantity> cancelled, TenderOrder order) {
        Money zero = Money.zero(money());
        List<LineQuantity> items = new ArrayList<>();
        Map<String, Integer> cancelledNow = new LinkedHashMap<>();
        Money cancelledGross = zero;
        for (LineQuantity item : merged(cancelled)) {
            if (isCharge(item.lineId())) continue;
            PaymentLine line = line(item.lineId());
            int units = Math.min(item.quantity(), line.open());
            if (units == 0) continue;
            items.add(new LineQuantity(line.lineId(), units));
            cancelledNow.put(line.lineId(), units);
            cancelledGross = cancelledGross.plus(gross(line, units));
        }
        if (items.isEmpty()) return new ReleasePlan(List.of(), zero, List.of());
        // every article unit cancelled before any capture: nothing will ever be shipped, the charges go too
        boolean noArticleLeft = lines.stream().filter(line -> !line.isCharge())
                .allMatch(line -> line.open() == cancelledNow.getOrDefault(line.lineId(), 0));
        if (noArticleLeft) {
            for (PaymentLine line : lines) {
                if (!line.isCharge() || line.open() == 0) continue;
                items.add(new LineQuantity(line.lineId(), line.open()));
                cancelledNow.put(line.lineId(), line.open());
                cancelledGross = cancelledGross.plus(gross(line, line.open()));
            }
        }
        Money stillNeeded = zero;
        for (PaymentLine line : lines) {
            stillNeeded = stillNeeded.plus(gross(line, line.open() - cancelledNow.getOrDefault(line.lineId(), 0)));
        }
        List<TenderAllocation.Available> available = capturable();
        Money uncaptured = available.stream().map(TenderAllocation.Available::amount).reduce(zero, Money::plus);
        Money releasable = uncaptured.minus(stillNeeded).max(zero);
        Money amount = stillNeeded.isZero() ? releasable : releasable.min(cancelledGross);
        return new ReleasePlan(List.copyOf(items), amount, TenderAllocation.forRelease(amount, available, order));
    }

    /** Books a planned release once the card's part was released at the PSP. */
    public void noteReleased(ReleasePlan plan) {
        noteReleased(plan, TenderOrder.DEFAULT);
    }

    /** Books a release planned with {@code order}, once the card's part was released at the PSP. */
    public void noteReleased(ReleasePlan plan, TenderOrder order) {
        ReleasePlan current = planRelease(plan.items(), order);
        if (!current.equals(plan)) throw new PaymentRuleViolation("the payment changed since the release was planned");
        plan.items().forEach(item -> line(item.lineId()).noteCancelled(item.quantity()));
        plan.parts().forEach(part -> tender(part.tenderId()).noteReleased(part.amount()));
        released = plan.amount().plus(Money.of(released, money())).amount();
    }

    private Money gross(PaymentLine line, int units) {
        return Money.of(Invoicing.line(line.lineId(), line.sku(), units, line.unitPrice(), line.taxRate(), currency).gross(),
                money());
    }

    private List<TenderAllocation.Available> capturable() {
        return tenders.stream().map(t -> t.capturable(money())).toList();
    }

    /** The payment's currency; an unknown code breaks a money rule. */
    private Currency money() {
        try {
            return Currency.getInstance(currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PaymentRuleViolation("unknown currency " + currency);
        }
    }

    /** An amount from outside that must already be exact in the currency (no sub-cent amounts). */
    private Money exact(BigDecimal amount, String what) {
        if (amount == null) throw new PaymentRuleViolation(what + " is missing");
        Currency money = money();
        if (amount.stripTrailingZeros().scale() > Money.minorDigits(money)) {
            throw new PaymentRuleViolation(what + " " + amount.toPlainString() + " has more decimals than " + currency + " allows");
        }
        return Money.of(amount, money);
    }

    /** True while some of these returned units were shipped but their capture has not been booked yet. */
    public boolean awaitsCaptureOf(List<LineQuantity> returned) {
        for (LineQuantity item : merged(returned)) {
            PaymentLine line = line(item.lineId());
            if (item.quantity() > line.returnable()
                    && item.quantity() <= line.quantity() - line.cancelledQuantity() - line.returnedQuantity()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The charges a return refunds besides its units: with {@code whenAllReturned}, once this return brings back the
     * last article unit captured (and none is left to ship), every charge captured and not refunded yet; otherwise none.
     */
    public List<LineQuantity> chargesToRefund(List<LineQuantity> returned, boolean whenAllReturned) {
        if (!whenAllReturned) return List.of();
        Map<String, Integer> now = new LinkedHashMap<>();
        merged(returned).forEach(item -> now.put(item.lineId(), item.quantity()));
        boolean allBack = lines.stream().filter(line -> !line.isCharge())
                .allMatch(line -> line.open() == 0 && line.returnable() == now.getOrDefault(line.lineId(), 0));
        if (!allBack) return List.of();
        return lines.stream().filter(line -> line.isCharge() && line.returnable() > 0 && !now.containsKey(line.lineId()))
                .map(line -> new LineQuantity(line.lineId(), line.returnable())).toList();
    }

    /** The gross of these units (charges or articles) at their prices. */
    public BigDecimal grossOf(List<LineQuantity> items) {
        return merged(items).stream().map(item -> gross(line(item.lineId()), item.quantity()))
                .reduce(Money.zero(money()), Money::plus).amount();
    }

    private boolean isCharge(String lineId) {
        return lines.stream().anyMatch(line -> line.lineId().equals(lineId) && line.isCharge());
    }

    /** Which tenders a refund goes back to (card first); changes nothing. */
    public List<TenderAllocation.Part> planRefund(BigDecimal amount, List<LineQuantity> returned) {
        return planRefund(amount, returned, TenderOrder.DEFAULT);
    }

    /** Which tenders a refund goes back to, in {@code order}'s refund order; changes nothing. */
    public List<TenderAllocation.Part> planRefund(BigDecimal amount, List<LineQuantity> returned, TenderOrder order) {
        Money exact = exact(amount, "refund amount");
        if (!exact.isPositive()) throw new PaymentRuleViolation("refund amount must be positive");
        for (LineQuantity item : merged(returned)) {
            PaymentLine line = line(item.lineId());
            if (item.quantity() > line.returnable()) {
                throw new PaymentRuleViolation("line " + item.lineId() + ": " + item.quantity() + " units returned but only "
                        + line.returnable() + " were captured and not returned yet");
            }
        }
        return TenderAllocation.forRefund(exact, tenders.stream().map(t -> t.refundable(money())).toList(), order);
    }

    /** Books a refund once its tenders got the money back. */
    public void noteRefunded(List<LineQuantity> returned, List<TenderAllocation.Part> parts) {
        noteRefunded(returned, parts, TenderOrder.DEFAULT);
    }

    /** Books a refund planned with {@code order}, once its tenders got the money back. */
    public void noteRefunded(List<LineQuantity> returned, List<TenderAllocation.Part> parts, TenderOrder order) {
        Money amount = parts.stream().map(TenderAllocation.Part::amount).reduce(Money.zero(money()), Money::plus);
        if (!planRefund(amount.amount(), returned, order).equals(parts)) {
            throw new PaymentRuleViolation("the payment changed since the refund was planned");
        }
        merged(returned).forEach(item -> line(item.lineId()).noteReturned(item.quantity()));
        parts.forEach(part -> tender(part.tenderId()).noteRefunded(part.amount()));
        refunded = amount.plus(Money.of(refunded, money())).amount();
    }

    /**
     * Takes back a booked capture, release or refund whose card part the PSP refused: lines, tenders and sums are as
     * if it had never been planned (what the PSP did for other parts is the intent's to report).
     */
    public void revert(PspIntent.Kind kind, List<LineQuantity> items, List<TenderAllocation.Part> parts) {
        Money zero = Money.zero(money());
        Money amount = parts.stream().map(TenderAllocation.Part::amount).reduce(zero, Money::plus);
        for (LineQuantity item : merged(items)) {
            PaymentLine line = line(item.lineId());
            switch (kind) {
                case CAPTURE -> line.noteCaptured(-item.quantity());
                case RELEASE -> line.noteCancelled(-item.quantity());
                case REFUND -> line.noteReturned(-item.quantity());
            }
        }
        for (TenderAllocation.Part part : parts) {
            Tender tender = tender(part.tenderId());
            Money back = zero.minus(part.amount());
            switch (kind) {
                case CAPTURE -> tender.noteCaptured(back);
                case RELEASE -> tender.noteReleased(back);
                case REFUND -> tender.noteRefunded(back);
            }
        }
        switch (kind) {
            case CAPTURE -> captured = Money.of(captured, money()).minus(amount).amount();
            case RELEASE -> released = Money.of(released, money()).minus(amount).amount();
            case REFUND -> refunded = Money.of(refunded, money()).minus(amount).amount();
        }
    }

    /** An accepted or lost chargeback of the card tender: later refunds treat that money as given back already. */
    public void noteChargedBack(String tenderId, BigDecimal amount) {
        tender(tenderId).noteChargedBack(Money.of(amount, money()));
    }

    public Tender tender(String tenderId) {
        return tenders.stream().filter(t -> t.tenderId().equals(tenderId)).findFirst()
                .orElseThrow(() -> new PaymentRuleViolation("order " + orderId + " has no tender " + tenderId));
    }

    private PaymentLine line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                .orElseThrow(() -> new PaymentRuleViolation("order " + orderId + " has no line " + lineId));
    }

    private static List<LineQuantity> merged(List<LineQuantity> items) {
        Map<String, Integer> byLine = new LinkedHashMap<>();
        for (LineQuantity item : items) {
            if (item.lineId() == null) throw new PaymentRuleViolation("a line without line id");
            if (item.quantity() <= 0) throw new PaymentRuleViolation("line " + item.lineId() + " quantity must be positive");
            byLine.merge(item.lineId(), item.quantity(), Integer::sum);
        }
        return byLine.entrySet().stream().map(e -> new LineQuantity(e.getKey(), e.getValue())).toList();
    }

    public OrderId orderId() {
        return new OrderId(orderId);
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal total() {
        return total;
    }

    public BigDecimal authorized() {
        return authorized;
    }

    public BigDecimal captured() {
        return captured;
    }

    public BigDecimal refunded() {
        return refunded;
    }

    public BigDecimal released() {
        return released;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /**
     * Where and when the order was placed, for its taxes and documents: the country whose rules tax its lines (see
     * RecordPayment), the customer's language, the order's acceptance (the tax point ORDER).
     */
    public void noteOrigin(String taxCountry, String language, Instant acceptedAt) {
        this.taxCountry = taxCountry;
        this.language = language;
        this.acceptedAt = acceptedAt;
    }

    /** Whom the documents are addressed to: name and address as lines; null when the order named nobody. */
    public void noteRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String recipient() {
        return recipient;
    }

    /** The country whose tax rules apply; null for payments recorded before it was kept. */
    public String taxCountry() {
        return taxCountry;
    }

    public String language() {
        return language;
    }

    /** When the order was accepted; for payments recorded before it was kept, when the payment was recorded. */
    public Instant acceptedAt() {
        return acceptedAt == null ? createdAt : acceptedAt;
    }

    public List<Tender> tenders() {
        return List.copyOf(tenders);
    }

    public List<PaymentLine> lines() {
        return List.copyOf(lines);
    }
}
