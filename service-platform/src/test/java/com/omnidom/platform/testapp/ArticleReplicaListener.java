package com.omnidom.platform.testapp;

import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.events.PrerequisiteMissing;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts how often each article event took effect: more than once would be a broken inbox. */
@Component
class ArticleReplicaListener implements EventHandlers {

    /** Deliveries seen per SKU, whether or not they took effect. */
    static final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;

    ArticleReplicaListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.event(ArticleChanged.class, this::apply);
        // a location named like a waiting article is its prerequisite: another topic, the same record key
        on.event(LocationChanged.class, location -> jdbc.update(
                "INSERT INTO prerequisite (sku) VALUES (?) ON CONFLICT DO NOTHING", location.locationId()));
    }

    private void apply(ArticleChanged event) {
        int attempt = attempts.merge(event.sku(), 1, Integer::sum);
        // test hooks: FLAKY- fails twice as a database hiccup would, REJECT- can never be applied,
        // AWAIT- waits for its row in prerequisite (another topic's event, in a real service)
        if (event.sku().startsWith("FLAKY-") && attempt <= 2) {
            throw new TransientDataAccessResourceException("database hiccup " + attempt);
        }
        // DB-DOWN- cannot reach its database for six attempts: longer than retry-for (2 s) with the back-off
        if (event.sku().startsWith("DB-DOWN-") && attempt <= 6) {
            throw new CannotGetJdbcConnectionException("connection refused",
                    new SQLException("Connection to localhost:5432 refused", "08001"));
        }
        // FIXABLE- is refused until its prerequisite row exists (an operator fixed the data, then redrives)
        if (event.sku().startsWith("FIXABLE-") && jdbc.queryForList(
                "SELECT sku FROM prerequisite WHERE sku = ?", String.class, event.sku()).isEmpty()) {
            throw new PermanentEventFailure("article " + event.sku() + " is refused until fixed");
        }
        // WAIT-THEN-REJECT- waits for a prerequisite twice, then turns out never applicable
        if (event.sku().startsWith("WAIT-THEN-REJECT-")) {
            if (attempt <= 2) throw new PrerequisiteMissing("no prerequisite for " + event.sku() + " yet");
            throw new PermanentEventFailure("article " + event.sku() + " is refused after waiting");
        }
        // REFUSED-THEN-AWAIT- is refused at first; redriven later, it waits for its prerequisite like AWAIT-
        if (event.sku().startsWith("REFUSED-THEN-AWAIT-") && attempt == 1) {
            throw new PermanentEventFailure("article " + event.sku() + " is refused at first");
        }
        if (event.sku().startsWith("REJECT-")) throw new PermanentEventFailure("article " + event.sku() + " is refused");
        if ((event.sku().startsWith("AWAIT-") || event.sku().startsWith("REFUSED-THEN-AWAIT-")) && jdbc.queryForList(
                "SELECT sku FROM prerequisite WHERE sku = ?", String.class, event.sku()).isEmpty()) {
            throw new PrerequisiteMissing("no prerequisite for " + event.sku() + " yet");
        }
        jdbc.update("""
                INSERT INTO applied_article (sku, version, times) VALUES (?, ?, 1)
                ON CONFLICT (sku) DO UPDATE SET version = excluded.version, times = applied_article.times + 1""",
                event.sku(), event.version());
        jdbc.update("INSERT INTO applied_version (sku, version) VALUES (?, ?)", event.sku(), event.version());
    }
}
