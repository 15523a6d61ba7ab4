package com.omnidom.inventory.reservation.application;

import com.omnidom.inventory.reservation.domain.Reservation;
import com.omnidom.inventory.reservation.domain.ReservationState;
import com.omnidom.inventory.reservation.domain.Reservations;
import com.omnidom.inventory.stock.application.StockLedger;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reservations over REST. The held units live on the stock row too ({@code reserved}), changed by a conditional
 * UPDATE in the same transaction: a reservation (or an increase) is only granted from available units. Locks are
 * taken reservation first, then stock row, as allocation does.
 */
@Service
public class ReserveStock {

    private final Reservations reservations;
    private final StockLedger ledger;
    private final Clock clock;
    private final TransactionTemplate transactions;

    public ReserveStock(Reservations reservations, StockLedger ledger, Clock clock, PlatformTransactionManager transactions) {
        this.reservations = reservations;
        this.ledger = ledger;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** What a PUT did. */
    public record Outcome(Reservation reservation, boolean created) {
    }

    /**
     * Creates the reservation under the caller's id, or changes its quantity and end; the same request again changes
     * nothing. 409 when the units are not available, the channel already holds another reservation of that row, the
     * new quantity is below what was drawn, or the reservation has ended.
     */
    @Transactional
    public Outcome put(UUID id, String sku, String locationId, String channel, Integer quantity, Instant until) {
        StockKey key = StockKey.of(sku, locationId);
        Reservation.checkedChannel(channel);
        int wanted = Reservation.checkedQuantity(quantity);
        if (until != null && !until.isAfter(clock.instant())) throw new InvalidRequest("until", "must be in the future");
        var existing = reservations.lock(id);
        if (existing.isEmpty()) {
            if (ledger.find(key).isEmpty()) throw new StateConflict("No stock of " + key + " to reserve.");
            if (!reservations.create(new Reservation(id, key, channel, wanted, 0, until, ReservationState.ACTIVE, 0))) {
                throw new StateConflict("Channel " + channel + " already holds an active reservation of " + key
                        + "; change that one.");
            }
            hold(key, wanted);
            return new Outcome(reservations.find(id).orElseThrow(), true);
        }
        Reservation current = existing.get();
        if (!current.key().equals(key) || !current.channel().equals(channel)) {
            throw new StateConflict("Reservation " + id + " is for " + current.channel() + " at " + current.key()
                    + "; sku, locationId and channel cannot change.");
        }
        if (current.state() != ReservationState.ACTIVE) throw new StateConflict("Reservation " + id + " is " + current.state() + ".");
        if (wanted < current.drawn()) {
            throw new StateConflict("Quantity " + wanted + " is below the " + current.drawn() + " units already drawn.");
        }
        hold(key, wanted - current.quantity());
        reservations.change(id, wanted, until);
        return new Outcome(reservations.find(id).orElseThrow(), false);
    }

    /** Ends the reservation: its undrawn units become available again. */
    @Transactional
    public Reservation release(UUID id) {
        Reservation current = reservations.lock(id).orElseThrow(() -> new ResourceNotFound("No reservation " + id + "."));
        if (current.state() != ReservationState.ACTIVE) return current;
        end(current, ReservationState.RELEASED);
        return reservations.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Reservation get(UUID id) {
        return reservations.find(id).orElseThrow(() -> new ResourceNotFound("No reservation " + id + "."));
    }

    /** The reservation if it exists; a channel caller's check before it changes one (the channel never changes). */
    @Transactional(readOnly = true)
    public Optional<Reservation> find(UUID id) {
        return reservations.find(id);
    }

    /** At most 1000; each filter optional. */
    @Transactional(readOnly = true)
    public List<Reservation> find(String sku, String locationId, String channel) {
        return reservations.find(blank(sku), blank(locationId), blank(channel));
    }

    /** Ends reservations past their {@code until}, each in its own transaction (so they never deadlock with allocations). */
    @Scheduled(fixedDelayString = "${omnidom.inventory.reservations.expiry-interval:10s}")
    public int expire() {
        int expired = 0;
        for (UUID id : reservations.expired(clock.instant(), 500)) {
            Boolean done = transactions.execute(tx -> reservations.lock(id)
                    .filter(r -> r.state() == ReservationState.ACTIVE && r.until() != null && !r.until().isAfter(clock.instant()))
                    .map(r -> {
                        end(r, ReservationState.EXPIRED);
                        return true;
                    }).orElse(false));
            if (Boolean.TRUE.equals(done)) expired++;
        }
        return expired;
    }

    private void end(Reservation reservation, ReservationState state) {
        reservations.end(reservation.id(), state);
        if (reservation.held() > 0) hold(reservation.key(), -reservation.held());
    }

    private void hold(StockKey key, int delta) {
        if (delta == 0) return;
        if (ledger.reserve(key, delta).isEmpty()) {
            throw new StateConflict("Only " + ledger.available(key) + " units of " + key + " are available to reserve; "
                    + delta + " more were asked for.");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
