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

    public OrderSearch(Orders orders, NamedParameterJdbcTemplate jdbc) {
        this.orders = orders;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public OrderView get(UUID id) {
        return orders.find(new OrderId(id)).map(OrderViews::of)
                .orElseThrow(() -> new ResourceNotFound("No order with id " + id + "."));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public ResultPage<OrderSummary> find(String customerId, OrderStatus status, int page, int size) {
        List<String> where = new ArrayList<>();
        var params = new MapSqlParameterSource();
        if (customerId != null && !customerId.isBlank()) {
            where.add("customer_id = :customerId");
            params.addValue("customerId", customerId);
        }
        if (status != null) {
            where.add("status = :status");
            params.addValue("status", status.name());
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM customer_order" + condition, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<OrderSummary> items = jdbc.query("""
                SELECT id, order_number, channel, status, customer_id, currency, total, priority, created_at
                FROM customer_order""" + condition + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset", params,
                (rs, n) -> new OrderSummary(rs.getObject("id", UUID.class), rs.getString("order_number"),
                        Channel.valueOf(rs.getString("channel")), OrderStatus.valueOf(rs.getString("status")),
                        rs.getString("customer_id"), rs.getString("currency"), rs.getBigDecimal("total"),
                        rs.getBoolean("priority"), rs.getTimestamp("created_at").toInstant()));
        return ResultPage.of(items, page, size, total == null ? 0 : total);
    }
}
