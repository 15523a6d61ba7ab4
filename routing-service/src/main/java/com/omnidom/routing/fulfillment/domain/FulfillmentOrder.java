package com.omnidom.routing.fulfillment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The work one location does for one order: whole order lines, in one mode. Its state machine decides which
 * step may follow which; a step the state does not allow throws {@link TransitionNotAllowed} and changes nothing.
 * {@code capacityDay} is the location's local day whose capacity it holds, so a release frees that same day.
 */
@Entity
@Table(name = "fulfillment_order")
public class FulfillmentOrder {

    private static final Set<FulfillmentStatus> REJECTABLE =
            EnumSet.of(FulfillmentStatus.ASSIGNED, FulfillmentStatus.ALLOCATED, FulfillmentStatus.ACKNOWLEDGED);
    private static final Set<FulfillmentStatus> WORKABLE = EnumSet.of(FulfillmentStatus.ALLOCATED, FulfillmentStatus.ACKNOWLEDGED);
    /** Wrong pickup codes tried before codes are refused: guessing one of a million ends at the identity check. */
    public static final int MAX_WRONG_PICKUP_CODES = 5;
    /** Characters of what staff checked instead of a code. */
    public static final int MAX_IDENTITY_CHECK = 200;

    @Id
    private UUID id;

    private UUID orderId;

    private String locationId;

    @Enumerated(EnumType.STRING)
    private FulfillmentMode mode;

    @Enumerated(EnumType.STRING)
    private FulfillmentStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<LineQuantity> lines;

    private boolean priority;

    private LocalDate capacityDay;

    private String carrier;

    private String trackingNumber;

    private String rejectionReason;

    private String channel;

    private Instant promisedBy;

    private boolean manual;

    /** What the customer shows at the counter; drawn when made ready for pickup (null before, and for older ones). */
    private String pickupCode;

    private int wrongPickupCodes;

    @Enumerated(EnumType.STRING)
    private PickupVerification pickupVerification;

    /** What staff checked when the customer had no code, e.g. "ID card". */
    private String identityCheck;

    /** When it was made ready for pickup: its hold counts from here (null before). */
    private Instant readyForPickupAt;

    /** When its customer was reminded to collect it (null: not yet; at most once). */
    private Instant pickupRemindedAt;

    @Version
    private Long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected FulfillmentOrder() {
        // for JPA
    }

    public static FulfillmentOrder assign(FulfillmentId id, UUID orderId, String locationId, FulfillmentMode mode,
                                          List<LineQuantity> lines, boolean priority, LocalDate capacityDay, Instant now) {
        return assign(id, orderId, locationId, mode, lines, priority, capacityDay, null, null, false, now);
    }

    /**
     * @param channel    the order's channel (inventory draws on its reservation first); null = none
     * @param promisedBy null = from stock on hand; else in-transit stock arriving by then may be used
     * @param manual     an operator chose the location
     */
    public static FulfillmentOrder assign(FulfillmentId id, UUID orderId, String locationId, FulfillmentMode mode,
                                          List<LineQuantity> lines, boolean priority, LocalDate capacityDay,
                                          String channel, Instant promisedBy, boolean manual, Instant now) {
        if (lines == null || lines.isEmpty()) throw new IllegalArgumentException("a fulfilment order needs lines");
        FulfillmentOrder order = new FulfillmentOrder();
        order.id = id.value();
        order.orderId = Objects.requireNonNull(orderId, "orderId");
        order.locationId = Objects.requireNonNull(locationId, "locationId");
        order.mode = Objects.requireNonNull(mode, "mode");
        order.status = FulfillmentStatus.ASSIGNED;
        order.lines = new ArrayList<>(lines);
        order.priority = priority;
        order.capacityDay = Objects.requireNonNull(capacityDay, "capacityDay");
        order.channel = channel;
        order.promisedBy = promisedBy;
        order.manual = manual;
        order.createdAt = now;
        order.updatedAt = now;
        return order;
    }

    /** @return false when the allocation is stale (already noted, or the order was rejected meanwhile) */
    public boolean noteStockAllocated(Instant now) {
        if (status != FulfillmentStatus.ASSIGNED) return false;
        move(FulfillmentStatus.ALLOCATED, now);
        return true;
    }

    /** @return false when the failure is stale (already noted, or the order was rejected meanwhile) */
    public boolean noteAllocationFailed(Instant now) {
        if (status != FulfillmentStatus.ASSIGNED) return false;
        move(FulfillmentStatus.FAILED, now);
        return true;
    }

    public void acknowledge(Instant now) {
        require(status == FulfillmentStatus.ALLOCATED, "acknowledged");
        move(FulfillmentStatus.ACKNOWLEDGED, now);
    }

    public void reject(String reason, Instant now) {
        require(REJECTABLE.contains(status), "rejected");
        rejectionReason = reason;
        move(FulfillmentStatus.REJECTED, now);
    }

    public void ship(String carrier, String trackingNumber, Instant now) {
        requireMode(FulfillmentMode.SHIP, "shipped");
        require(WORKABLE.contains(status), "shipped");
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        move(FulfillmentStatus.SHIPPED, now);
    }

    /** @param pickupCode a fresh {@link PickupCode#draw()}: the customer collects with it */
    public void readyForPickup(String pickupCode, Instant now) {
        requireMode(FulfillmentMode.PICKUP, "made ready for pickup");
        require(WORKABLE.contains(status), "made ready for pickup");
        if (!PickupCode.isWellFormed(pickupCode)) throw new IllegalArgumentException("a pickup code is 6 digits");
        this.pickupCode = pickupCode;
        this.readyForPickupAt = now;
        move(FulfillmentStatus.READY_FOR_PICKUP, now);
    }

    /** What a pickup waiting for its customer is due for. */
    public enum PickupStep { NONE, REMIND, EXPIRE }

    /**
     * What this fulfilment order is due for at {@code now} under the hold of its location's type: to expire once its
     * hold is over, else one reminder once the reminder time passed; nothing unless it waits ready for pickup.
     */
    public PickupStep pickupDue(PickupHold hold, Instant now) {
        if (status != FulfillmentStatus.READY_FOR_PICKUP) return PickupStep.NONE;
        Instant since = readySince();
        if (!now.isBefore(hold.heldUntil(since))) return PickupStep.EXPIRE;
        if (pickupRemindedAt == null && !now.isBefore(hold.remindAt(since))) return PickupStep.REMIND;
        return PickupStep.NONE;
    }

    /** Notes that the customer is reminded to collect it: once, while it waits. Its status does not change. */
    public void remindOfPickup(Instant now) {
        requireMode(FulfillmentMode.PICKUP, "reminded of");
        require(status == FulfillmentStatus.READY_FOR_PICKUP, "reminded of");
        if (pickupRemindedAt != null) {
            throw new TransitionNotAllowed("Fulfilment " + id + " was reminded of at " + pickupRemindedAt + " already.");
        }
        pickupRemindedAt = now;
    }

    /** Nobody collected it within its hold: the location gives it up and hands nothing over any more. */
    public void expirePickup(Instant now) {
        requireMode(FulfillmentMode.PICKUP, "expired");
        require(status == FulfillmentStatus.READY_FOR_PICKUP, "expired");
        move(FulfillmentStatus.EXPIRED, now);
    }

    /**
     * Hands the lines over to whoever shows the pickup code. A wrong code is counted and changes nothing else; after
     * {@value #MAX_WRONG_PICKUP_CODES} wrong ones (or without a code at all) codes are refused: the store checks the
     * customer's identity instead.
     *
     * @return false when the code does not match
     */
    public boolean pickedUpWithCode(String code, Instant now) {
        requirePickup();
        if (pickupCode == null) {
            throw new TransitionNotAllowed("Fulfilment " + id + " has no pickup code (made ready before codes were drawn): "
                    + "check the customer's identity.");
        }
        if (wrongPickupCodes >= MAX_WRONG_PICKUP_CODES) {
            throw new TransitionNotAllowed("Fulfilment " + id + ": too many wrong codes: check the customer's identity.");
        }
        if (!PickupCode.matches(pickupCode, code)) {
            wrongPickupCodes++;
            return false;
        }
        handOver(PickupVerification.PICKUP_CODE, null, now);
        return true;
    }

    /** The customer has no code: staff checked an identity document, and {@code identityCheck} says which. */
    public void pickedUpOnIdentity(String identityCheck, Instant now) {
        requirePickup();
        if (identityCheck == null || identityCheck.isBlank() || identityCheck.length() > MAX_IDENTITY_CHECK) {
            throw new IllegalArgumentException("say what was checked, in at most " + MAX_IDENTITY_CHECK + " characters");
        }
        handOver(PickupVerification.IDENTITY_CHECK, identityCheck.strip(), now);
    }

    private void requirePickup() {
        requireMode(FulfillmentMode.PICKUP, "picked up");
        if (status == FulfillmentStatus.EXPIRED) {
            throw new TransitionNotAllowed("Fulfilment " + id + " expired: nobody collected it within its hold, so it is "
                    + "no longer handed over (its units are cancelled).");
        }
        require(status == FulfillmentStatus.READY_FOR_PICKUP, "picked up");
    }

    private void handOver(PickupVerification verification, String identityCheck, Instant now) {
        this.pickupVerification = verification;
        this.identityCheck = identityCheck;
        move(FulfillmentStatus.PICKED_UP, now);
    }

    /**
     * Takes cancelled units out before shipment: per line id, at most what the line holds here. A fulfilment that
     * loses every line is CANCELLED (an EXPIRED one stays EXPIRED: that is why its lines went).
     *
     * @return the units taken out, per line (empty when none of these lines is here)
     */
    public List<LineQuantity> cancel(Map<String, Integer> unitsByLine, Instant now) {
        require(status.cancellable(), "cancelled");
        List<LineQuantity> removed = new ArrayList<>();
        List<LineQuantity> kept = new ArrayList<>();
        for (LineQuantity line : lines) {
            int take = Math.min(unitsByLine.getOrDefault(line.lineId(), 0), line.quantity());
            if (take > 0) removed.add(new LineQuantity(line.lineId(), line.sku(), take));
            if (line.quantity() - take > 0) kept.add(new LineQuantity(line.lineId(), line.sku(), line.quantity() - take));
        }
        if (removed.isEmpty()) return List.of();
        lines = kept;
        updatedAt = now;
        if (kept.isEmpty() && status != FulfillmentStatus.EXPIRED) status = FulfillmentStatus.CANCELLED;
        return removed;
    }

    /** It holds nothing any more: cancelled, or expired and its units taken out. */
    public boolean ended() {
        return status == FulfillmentStatus.CANCELLED || (status == FulfillmentStatus.EXPIRED && lines.isEmpty());
    }

    /** Units of one line held here. */
    public int quantityOf(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).mapToInt(LineQuantity::quantity).sum();
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new TransitionNotAllowed("Fulfilment " + id + " is " + status + " and cannot be " + step + ".");
        }
    }

    private void requireMode(FulfillmentMode required, String step) {
        if (mode != required) {
            throw new TransitionNotAllowed("Fulfilment " + id + " is a " + mode + " fulfilment and cannot be " + step + ".");
        }
    }

    private void move(FulfillmentStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    public int units() {
        return lines.stream().mapToInt(LineQuantity::quantity).sum();
    }

    public FulfillmentId id() {
        return new FulfillmentId(id);
    }

    public UUID orderId() {
        return orderId;
    }

    public String locationId() {
        return locationId;
    }

    public FulfillmentMode mode() {
        return mode;
    }

    public FulfillmentStatus status() {
        return status;
    }

    public List<LineQuantity> lines() {
        return List.copyOf(lines);
    }

    public boolean priority() {
        return priority;
    }

    public LocalDate capacityDay() {
        return capacityDay;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String channel() {
        return channel;
    }

    public Instant promisedBy() {
        return promisedBy;
    }

    public boolean manual() {
        return manual;
    }

    /** For the customer's notice only: never in a view, a log line or a partner's event. */
    public String pickupCode() {
        return pickupCode;
    }

    /** Wrong pickup codes tried so far. */
    public int wrongPickupCodes() {
        return wrongPickupCodes;
    }

    /** How it was handed over; null until picked up. */
    public PickupVerification pickupVerification() {
        return pickupVerification;
    }

    public String identityCheck() {
        return identityCheck;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When it was made ready for pickup; for one made ready before this was kept, its last change. Null before. */
    public Instant readySince() {
        return readyForPickupAt != null ? readyForPickupAt : status == FulfillmentStatus.READY_FOR_PICKUP ? updatedAt : null;
    }

    /** When the customer was reminded to collect it; null: not (yet). */
    public Instant pickupRemindedAt() {
        return pickupRemindedAt;
    }

    /** When its status last changed. */
    public Instant updatedAt() {
        return updatedAt;
    }
}
