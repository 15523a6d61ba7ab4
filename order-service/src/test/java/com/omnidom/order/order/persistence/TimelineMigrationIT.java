package com.omnidom.order.order.persistence;

import com.omnidom.order.order.domain.OrderFact;
import com.omnidom.testsupport.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Timeline rows written as words before V3 are kept, word for word, as facts of their own. */
class TimelineMigrationIT {

    private final TestDatabases.TestDatabase database = TestDatabases.create("timelinemigration");
    private final DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
            database.password());
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    @AfterEach
    void drop() {
        database.drop();
    }

    @Test
    void wordsWrittenBeforeBecomeWrittenFactsUnderTheirType() {
        flyway("2").migrate();
        UUID orderId = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO customer_order (id, order_number, channel, status, currency, total, priority, customer_id,
                    customer_name, delivery, tenders, fulfillments, returns, captured_amount, refunded_amount, version,
                    created_at, updated_at, status_since)
                VALUES (?, 'WEB-OLD', 'WEB_SHOP', 'COMPLETED', 'EUR', 20.00, false, 'C-1', 'Anna', '{}', '[]', '[]', '[]',
                    0, 0, 0, now(), now(), now())""", orderId);
        jdbc.update("INSERT INTO order_timeline (order_id, occurred_at, type, summary) VALUES (?, now(), ?, ?)", orderId,
                "OrderAccepted", "Accepted from WEB_SHOP as WEB-OLD: 1 line, 2 units, 20.00 EUR");
        jdbc.update("INSERT INTO order_timeline (order_id, occurred_at, type, summary) VALUES (?, now(), ?, ?)", orderId,
                "ReplacementOrdered", "Replacement order WEB-OLD-R1 created by agent: A-1 × 1");

        flyway(null).migrate();

        List<TimelineType> types = jdbc.query("SELECT type FROM order_timeline ORDER BY id",
                (rs, n) -> TimelineType.labelled(rs.getString("type")));
        List<OrderFact> facts = jdbc.query("SELECT details::text AS details FROM order_timeline ORDER BY id",
                (rs, n) -> FactJson.read(rs.getString("details")));
        assertThat(types).extracting(TimelineType::label).containsExactly("OrderAccepted", "ReplacementOrdered");
        assertThat(facts).containsExactly(
                new OrderFact.Written("Accepted from WEB_SHOP as WEB-OLD: 1 line, 2 units, 20.00 EUR"),
                new OrderFact.Written("Replacement order WEB-OLD-R1 created by agent: A-1 × 1"));
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (target != null) config.target(target);
        return config.load();
    }
}
