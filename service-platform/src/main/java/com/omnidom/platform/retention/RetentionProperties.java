package com.omnidom.platform.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the retention job deletes. Rules are named, so the platform's built-ins (PlatformDefaults) and a service's own
 * rules (its application.yml) merge, and a service may change a built-in's {@code keep}:
 * <pre>
 * omnidom.retention.rules:
 *   order-timeline: {table: order_timeline, column: occurred_at, keep: 400d, where: "order_id IN (…)"}
 * </pre>
 *
 * @param enabled          whether this instance runs the job (only the one holding the advisory lock deletes)
 * @param interval         time between runs
 * @param batchSize        rows per DELETE, each its own short transaction
 * @param processedEvent   how long inbox rows are kept; must outlast the consumed topics' retention (see
 *                         {@link ProcessedEventGuard})
 * @param redeliveryMargin what {@code processedEvent} must exceed the longest consumed topic's retention by
 * @param rules            by name: which rows of which table go when their timestamp is older than {@code keep}
 */
@ConfigurationProperties("omnidom.retention")
public record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10m") Duration interval,
        @DefaultValue("5000") int batchSize,
        @DefaultValue("30d") Duration processedEvent,
        @DefaultValue("7d") Duration redeliveryMargin,
        @DefaultValue Map<String, Rule> rules) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    /**
     * @param table  the table
     * @param column its timestamp (or date) column: a row goes when it is older than {@code keep}; NULL never goes
     * @param keep   how long a row is kept
     * @param where  optional SQL condition a row must also meet (e.g. only rows of finished business)
     */
    public record Rule(String table, String column, Duration keep, String where) {

        public Rule {
            if (table == null || !IDENTIFIER.matcher(table).matches()) {
                throw new IllegalArgumentException("retention rule: table must be a lower-case SQL name, got " + table);
            }
            if (column == null || !IDENTIFIER.matcher(column).matches()) {
                throw new IllegalArgumentException("retention rule for " + table + ": column must be a lower-case SQL name, got " + column);
            }
            if (keep == null || keep.isNegative() || keep.isZero()) {
                throw new IllegalArgumentException("retention rule for " + table + ": keep must be positive");
            }
        }

        /** One batch: the oldest matching rows by ctid, so any table works whatever its key. */
        String deleteBatch() {
            String condition = column + " < now() - make_interval(secs => ?)"
                    + (where == null || where.isBlank() ? "" : " AND (" + where + ")");
            return "DELETE FROM " + table + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM " + table + " WHERE " + condition
                    + " LIMIT ?))";
        }
    }
}
