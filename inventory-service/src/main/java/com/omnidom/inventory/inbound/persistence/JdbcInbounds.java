package com.omnidom.inventory.inbound.persistence;

import com.omnidom.inventory.inbound.domain.Inbound;
import com.omnidom.inventory.inbound.domain.Inbounds;
import com.omnidom.inventory.stock.domain.StockKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcInbounds implements Inbounds {

    private static final String COLUMNS = "id, sku, location_id, source_type, source, quantity, received, expected_at, state, version";

    private static final RowMapper<Inbound> INBOUND = (rs, i) -> new Inbound(rs.getObject(1, UUID.class),
            StockKey.of(rs.getString(2), rs.getString(3)), Inbound.SourceType.valueOf(rs.getString(4)), rs.getString(5),
            rs.getInt(6), rs.getInt(7), rs.getTimestamp(8).toInstant(), Inbound.InboundState.valueOf(rs.getString(9)),
            rs.getLong(10));

    private final JdbcTemplate jdbc;

    JdbcInbounds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create(Inbound in) {
        jdbc.update("""
                INSERT INTO inbound (id, sku, location_id, source_type, source, quantity, expected_at, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN')""", in.id(), in.key().sku().value(), in.key().locationId().value(),
                in.sourceType().name(), in.source(), in.quantity(), Timestamp.from(in.expectedAt()));
    }

    @Override
    public Optional<Inbound> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM inbound WHERE id = ?", INBOUND, id).stream().findFirst();
    }

    @Override
    public Optional<Inbound> lock(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM inbound WHERE id = ? FOR UPDATE", INBOUND, id).stream().findFirst();
    }

    @Override
    public List<Inbound> find(String sku, String locationId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM inbound WHERE (?::text IS NULL OR sku = ?) AND (?::text IS NULL OR location_id = ?)"
                + " ORDER BY expected_at, id LIMIT 1000", INBOUND, sku, sku, locationId, locationId);
    }

    @Override
    public void change(UUID id, int quantity, Instant expectedAt) {
        jdbc.update("UPDATE inbound SET quantity = ?, expected_at = ?, version = version + 1, updated_at = now() WHERE id = ?",
                quantity, Timestamp.from(expectedAt), id);
    }

    @Override
    public void cancel(UUID id) {
        jdbc.update("UPDATE inbound SET state = 'CANCELLED', version = version + 1, updated_at = now() WHERE id = ?", id);
    }

    @Override
    public boolean recordReceipt(UUID id, String receiptId, int quantity) {
        return jdbc.update("INSERT INTO inbound_receipt (inbound_id, receipt_id, quantity) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                id, receiptId, quantity) == 1;
    }

    @Override
    public boolean receive(UUID id, int quantity) {
        return jdbc.update("""
                UPDATE inbound SET received = received + ?,
                       state = CASE WHEN received + ? >= quantity THEN 'RECEIVED' ELSE state END,
                       version = version + 1, updated_at = now()
                 WHERE id = ? AND state = 'OPEN' AND received + allocated + ? <= quantity""",
                quantity, quantity, id, quantity) == 1;
    }

    @Override
    public Optional<UUID> promise(StockKey key, int quantity, Instant by) {
        return jdbc.query("""
                UPDATE inbound SET allocated = allocated + ?, version = version + 1, updated_at = now()
                 WHERE id = (SELECT id FROM inbound
                              WHERE sku = ? AND location_id = ? AND state = 'OPEN' AND expected_at <= ?
                                AND quantity - received - allocated >= ?
                              ORDER BY expected_at, id LIMIT 1 FOR UPDATE)
                   AND quantity - received - allocated >= ?
                RETURNING id""", (rs, i) -> rs.getObject(1, UUID.class), quantity, key.sku().value(),
                key.locationId().value(), Timestamp.from(by), quantity, quantity).stream().findFirst();
    }

    @Override
    public int takeBackPromise(UUID id, int quantity) {
        return moveAllocated(id, quantity);
    }

    @Override
    public int settlePromised(UUID id, int quantity) {
        return moveAllocated(id, quantity);
    }

    private int moveAllocated(UUID id, int quantity) {
        return jdbc.query("""
                WITH i AS (SELECT id, allocated AS promised FROM inbound WHERE id = ? FOR UPDATE)
                UPDATE inbound SET allocated = inbound.allocated - LEAST(?, i.promised), version = inbound.version + 1,
                       updated_at = now()
                  FROM i WHERE inbound.id = i.id
                RETURNING LEAST(?, i.promised)""", (rs, i) -> rs.getInt(1), id, quantity, quantity)
                .stream().findFirst().orElse(0);
    }
}
