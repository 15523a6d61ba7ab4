package com.omnidom.inventory.reservation.persistence;

import com.omnidom.inventory.reservation.domain.Reservation;
import com.omnidom.inventory.reservation.domain.ReservationState;
import com.omnidom.inventory.reservation.domain.Reservations;
import com.omnidom.inventory.stock.domain.StockKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcReservations implements Reservations {

    private static final String COLUMNS = "id, sku, location_id, channel, quantity, drawn, until, state, version";

    private static final RowMapper<Reservation> RESERVATION = (rs, i) -> {
        Timestamp until = rs.getTimestamp(7);
        return new Reservation(rs.getObject(1, UUID.class), StockKey.of(rs.getString(2), rs.getString(3)), rs.getString(4),
                rs.getInt(5), rs.getInt(6), until == null ? null : until.toInstant(), ReservationState.valueOf(rs.getString(8)),
                rs.getLong(9));
    };

    private final JdbcTemplate jdbc;

    JdbcReservations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean create(Reservation r) {
        try {
            jdbc.update("""
                    INSERT INTO reservation (id, sku, location_id, channel, quantity, drawn, until, state)
                    VALUES (?, ?, ?, ?, ?, 0, ?, 'ACTIVE')""", r.id(), r.key().sku().value(), r.key().locationId().value(),
                    r.channel(), r.quantity(), ts(r.until()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Reservation> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM reservation WHERE id = ?", RESERVATION, id).stream().findFirst();
    }

    @Override
    public Optional<Reservation> lock(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM reservation WHERE id = ? FOR UPDATE", RESERVATION, id).stream().findFirst();
    }

    @Override
    public List<Reservation> find(String sku, String locationId, String channel) {
        return jdbc.query("SELECT " + COLUMNS + " FROM reservation WHERE (?::text IS NULL OR sku = ?) AND (?::text IS NULL OR location_id = ?)"
                + " AND (?::text IS NULL OR channel = ?) ORDER BY sku, location_id, channel, created_at LIMIT 1000", RESERVATION,
                sku, sku, locationId, locationId, channel, channel);
    }

    @Override
    public void change(UUID id, int quantity, Instant until) {
        jdbc.update("UPDATE reservation SET quantity = ?, until = ?, version = version + 1, updated_at = now() WHERE id = ?",
                quantity, ts(until), id);
    }

    @Override
    public void end(UUID id, ReservationState state) {
        jdbc.update("UPDATE reservation SET state = ?, version = version + 1, updated_at = now() WHERE id = ?", state.name(), id);
    }

    @Override
    public int draw(StockKey key, String channel, int max, Instant now) {
        // the amount is decided on the locked row: LEAST(max, what is left)
        return jdbc.query("""
                WITH r AS (SELECT id, quantity - drawn AS left_over FROM reservation
                            WHERE sku = ? AND location_id = ? AND channel = ? AND state = 'ACTIVE'
                              AND (until IS NULL OR until > ?) AND quantity > drawn FOR UPDATE)
                UPDATE reservation SET drawn = reservation.drawn + LEAST(?, r.left_over), version = reservation.version + 1,
                       updated_at = now()
                  FROM r WHERE reservation.id = r.id
                RETURNING LEAST(?, r.left_over)""", (rs, i) -> rs.getInt(1),
                key.sku().value(), key.locationId().value(), channel, ts(now), max, max).stream().findFirst().orElse(0);
    }

    @Override
    public int giveBack(StockKey key, String channel, int quantity, Instant now) {
        return jdbc.query("""
                WITH r AS (SELECT id, drawn AS drawn_before FROM reservation
                            WHERE sku = ? AND location_id = ? AND channel = ? AND state = 'ACTIVE'
                              AND (until IS NULL OR until > ?) AND drawn > 0 FOR UPDATE)
                UPDATE reservation SET drawn = reservation.drawn - LEAST(?, r.drawn_before), version = reservation.version + 1,
                       updated_at = now()
                  FROM r WHERE reservation.id = r.id
                RETURNING LEAST(?, r.drawn_before)""", (rs, i) -> rs.getInt(1),
                key.sku().value(), key.locationId().value(), channel, ts(now), quantity, quantity).stream().findFirst().orElse(0);
    }

    @Override
    public List<UUID> expired(Instant now, int max) {
        return jdbc.queryForList("SELECT id FROM reservation WHERE state = 'ACTIVE' AND until <= ? ORDER BY until LIMIT ?",
                UUID.class, ts(now), max);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
