package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.Channel;
import com.omnidom.order.order.domain.OrderId;
import com.omnidom.order.order.domain.OrderStatus;
import com.omnidom.order.order.domain.Orders;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads orders: one whole, or a page of summaries straight from the indexed columns. */
@Service
public class OrderSearch {

    private final Orders orders;
    private final NamedParameterJdbcTemplate jdbc;
    private final OrderViews views;

    public OrderSearch(Orders orders, NamedParameterJdbcTemplate jdbc, OrderViews views) {
        this.orders = orders;
        this.views = views;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public OrderView get(UUID id) {
        return orders.find(new OrderId(id)).map(views::of)
                .orElseThrow(() -> new ResourceNotFound("No order with id " + id + "."));
    }

    /** The filters of an order search; null means any. {@code from} inclusive, {@code to} exclusive (placement time). */
    public record Criteria(String customerId, String email, OrderStatus status, Channel channel, java.time.Instant from,
                           java.time.Instant to, String locationId, String orderNumber) {

        public Criteria(String customerId, String email, OrderStatus status, Channel channel, java.time.Instant from,
                        java.time.Instant to, String locationId) {
            this(customerId, email, status, channel, from, to, locationId, null);
        }
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public ResultPage<OrderSummary> find(String customerId, OrderStatus status, int page, int size) {
        return find(new Criteria(customerId, null, status, null, null, null, null), page, size);
    }

    /** Newest first; every filter is an indexed column (location: the working location, or any fulfilment's). */
    @Transactional(readOnly = true)
    public ResultPage<OrderSummary> find(Criteria c, int page, int size) {
        List<String> where = new ArrayList<>();
        var params = new MapSqlParameterSource();
        if (c.customerId() != null && !c.customerId().isBlank()) {
            where.add("customer_id = :customerId");
            params.addValue("customerId", c.customerId());
        }
        if (c.email() != null && !c.email().isBlank()) {
            where.add("lower(customer_email) = :email");
            params.addValue("email", c.email().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (c.orderNumber() != null && !c.orderNumber().isBlank()) {
            // the channel's own number (e.g. SHOPIFY-1001), unique per channel: the shop looks its orders up by it
            where.add("order_number = :orderNumber");
            params.addValue("orderNumber", c.orderNumber().strip());
        }
        if (c.status() != null) {
            where.add("status = :status");
            params.addValue("status", c.status().name());
        }
        if (c.channel() != null) {
            where.add("channel = :channel");
            params.addValue("channel", c.channel().name());
        }
        if (c.from() != null) {
            where.add("created_at >= :from");
            params.addValue("from", java.sql.Timestamp.from(c.from()));
        }
        if (c.to() != null) {
            where.add("created_at < :to");
            params.addValue("to", java.sql.Timestamp.from(c.to()));
        }
        if (c.locationId() != null && !c.locationId().isBlank()) {
            where.add("(location_id = :location OR fulfillments @> jsonb_build_array(jsonb_build_object('locationId', CAST(:location AS text))))");
            params.addValue("location", c.locationId());
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM customer_order" + condition, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<OrderSummary> items = jdbc.query("""
                SELECT id, order_number, channel, status, customer_id, customer_email, currency, total, priority, created_at,
                       status_since, location_id
                FROM customer_order""" + condition + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset", params,
                (rs, n) -> new OrderSummary(rs.getObject("id", UUID.class), rs.getString("order_number"),
                        Channel.valueOf(rs.getString("channel")), OrderStatus.valueOf(rs.getString("status")),
                        rs.getString("customer_id"), rs.getString("currency"), rs.getBigDecimal("total"),
                        rs.getBoolean("priority"), rs.getTimestamp("created_at").toInstant(), rs.getString("customer_email"),
                        rs.getTimestamp("status_since").toInstant(), rs.getString("location_id")));
        return ResultPage.of(items, page, size, total == null ? 0 : total);
    }
}
