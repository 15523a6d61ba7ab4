package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.Channel;
import com.omnidom.order.order.domain.Customer;
import com.omnidom.platform.web.ResourceNotFound;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Customers as the channels know them, keyed by channel and the channel's customer id (one channel's "C-1" is not
 * another's), upserted from every order in its transaction (one statement, so concurrent orders
 * of one customer both count). Latest contact data wins where the order has it.
 */
@Service
public class Customers {

    private final JdbcTemplate jdbc;

    public Customers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Schema(name = "Customer")
    public record CustomerView(Channel channel, String customerId, String loyaltyId, String name, String email, String phone,
                               String language, Instant firstOrderAt, Instant lastOrderAt, int orders) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void upsert(Channel channel, Customer c, Instant at) {
        Timestamp ts = Timestamp.from(at);
        jdbc.update("""
                INSERT INTO customer (channel, customer_id, loyalty_id, name, email, phone, language, first_order_at,
                                      last_order_at, orders)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (channel, customer_id) DO UPDATE SET
                    loyalty_id = COALESCE(EXCLUDED.loyalty_id, customer.loyalty_id),
                    name = EXCLUDED.name,
                    email = COALESCE(EXCLUDED.email, customer.email),
                    phone = COALESCE(EXCLUDED.phone, customer.phone),
                    language = COALESCE(EXCLUDED.language, customer.language),
                    first_order_at = LEAST(customer.first_order_at, EXCLUDED.first_order_at),
                    last_order_at = GREATEST(customer.last_order_at, EXCLUDED.last_order_at),
                    orders = customer.orders + 1""",
                channel.name(), c.customerId(), c.loyaltyId(), c.name(), c.email(), c.phone(), c.language(), ts, ts);
    }

    @Transactional(readOnly = true)
    public CustomerView get(Channel channel, String customerId) {
        return jdbc.query("SELECT * FROM customer WHERE channel = ? AND customer_id = ?", (rs, n) -> new CustomerView(
                        Channel.valueOf(rs.getString("channel")), rs.getString("customer_id"), rs.getString("loyalty_id"), rs.getString("name"), rs.getString("email"),
                        rs.getString("phone"), rs.getString("language"), rs.getTimestamp("first_order_at").toInstant(),
                        rs.getTimestamp("last_order_at").toInstant(), rs.getInt("orders")), channel.name(), customerId)
                .stream().findFirst()
                .orElseThrow(() -> new ResourceNotFound("No customer " + customerId + " of channel " + channel + "."));
    }
}
