package com.omnidom.routing.fulfillment.application;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the copy of each order's number, recipient and address that routing keeps for the locations working it
 * ({@code partner_ship_to}): the partner feed sends it, the fulfilment API shows it to the location.
 */
@Component
public class ShipTos {

    private static final String COLUMNS = "order_id, order_number, pickup, name, street, postal_code, city, country, deliver_by, express";
    private static final RowMapper<ShipTo> ROW = (rs, n) -> new ShipTo(rs.getString(2), rs.getBoolean(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
            rs.getBoolean(10));

    private final JdbcTemplate jdbc;

    public ShipTos(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The order's, or empty for an order accepted before routing kept them. */
    public Optional<ShipTo> of(UUID orderId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM partner_ship_to WHERE order_id = ?", ROW, orderId).stream().findFirst();
    }

    /** Those of the orders that have one, by order id: one query for a page of fulfilment orders. */
    public Map<UUID, ShipTo> of(Collection<UUID> orderIds) {
        Map<UUID, ShipTo> found = new HashMap<>();
        if (orderIds.isEmpty()) return found;
        jdbc.query("SELECT " + COLUMNS + " FROM partner_ship_to WHERE order_id = ANY (?)",
                rs -> {
                    found.put(rs.getObject(1, UUID.class), ROW.mapRow(rs, 0));
                }, (Object) orderIds.toArray(UUID[]::new));
        return found;
    }
}
