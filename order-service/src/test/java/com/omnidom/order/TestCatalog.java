package com.omnidom.order;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.TaxCategory;
import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.testsupport.Wire;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * The articles the sample orders name, published on {@code catalog.articles.v1} as catalog-service would, and awaited
 * in the service's replica: orders are checked against the catalog, so a test's order must name known, priced articles.
 * Every article is sold in DE, AT and FR at one price in EUR for the catalog channels WEB and STORE.
 */
public final class TestCatalog {

    /** SKU → gross EUR price of the articles {@link #seed} publishes. */
    public static final Map<String, String> PRICES = Map.of(
            "A-000001", "19.99", "B-000002", "10.00", "A-000010", "10.00", "IPOD2008PINK", "23.80",
            "A-1", "1.00", "A-5", "5.00", "A-25", "25.00", "A-600", "600.00", "GC-100", "100.00");

    /** Pickup stores in DE the sample orders name, {@link #seed published} as catalog-service would. */
    public static final List<String> STORES = List.of("STORE-1", "STORE-DE-1", "STORE-SR", "STORE-AGE");

    public static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

    private TestCatalog() {
    }

    /** Publishes the sample articles and pickup stores unless the replicas have them all, and waits until they have. */
    public static void seed(Wire wire, JdbcTemplate jdbc) {
        publish(wire, jdbc, PRICES.entrySet().stream().map(e -> article(e.getKey(), e.getValue())).toArray(ArticleChanged[]::new));
        publish(wire, jdbc, STORES.stream().map(TestCatalog::store).toArray(LocationChanged[]::new));
    }

    /** Publishes the locations and waits until the replica holds each at its version (or a later one). */
    public static void publish(Wire wire, JdbcTemplate jdbc, LocationChanged... locations) {
        publishAwaited(wire, locations, l -> replicated(jdbc, l));
    }

    private static boolean replicated(JdbcTemplate jdbc, LocationChanged l) {
        return jdbc.queryForObject("SELECT count(*) FROM catalog_location WHERE location_id = ? AND version >= ?", Long.class,
                l.locationId(), l.version()) > 0;
    }

    /** An active store in Berlin, DE, that ships and takes pickups. */
    public static LocationChanged store(String locationId) {
        return location(locationId, 0, "Store " + locationId, new LocationChanged.Address("Alexanderplatz 1", "10178", "Berlin", "DE"),
                List.of(LocationChanged.Capability.SHIP, LocationChanged.Capability.PICKUP), true);
    }

    public static LocationChanged location(String locationId, long version, String name, LocationChanged.Address address,
                                           List<LocationChanged.Capability> capabilities, boolean active) {
        return new LocationChanged(UUID.randomUUID(), Instant.now(), locationId, version, LocationChanged.LocationType.STORE,
                name, address, new LocationChanged.GeoPoint(52.5219, 13.4132), "Europe/Berlin", List.of(), List.of(),
                null, null, capabilities, null, active);
    }

    /** Publishes the articles and waits until the replica holds each at its version (or a later one). */
    public static void publish(Wire wire, JdbcTemplate jdbc, ArticleChanged... articles) {
        publishAwaited(wire, articles, a -> replicated(jdbc, a));
    }

    /** Publishes the snapshots the replica does not hold yet and waits until it holds them all. */
    private static <E extends ContractEvent> void publishAwaited(Wire wire, E[] snapshots, Predicate<E> replicated) {
        List<E> missing = new ArrayList<>(Arrays.stream(snapshots).filter(replicated.negate()).toList());
        if (missing.isEmpty()) return;
        wire.publish(missing.toArray(ContractEvent[]::new));
        // generous: the first event waits for the listeners to join their group, slow on a loaded machine
        await().atMost(Duration.ofSeconds(60)).until(() -> missing.stream().allMatch(replicated));
    }

    private static boolean replicated(JdbcTemplate jdbc, ArticleChanged a) {
        return jdbc.queryForObject("SELECT count(*) FROM catalog_article WHERE sku = ? AND version >= ?", Long.class,
                a.sku(), a.version()) > 0;
    }

    /** An active physical article sold in DE, AT and FR at {@code price} EUR in WEB and STORE, valid since 2026. */
    public static ArticleChanged article(String sku, String price) {
        return article(sku, 0, price, TaxCategory.STANDARD, List.of());
    }

    public static ArticleChanged article(String sku, long version, String price, TaxCategory taxCategory,
                                         List<ArticleChanged.Component> components) {
        BigDecimal amount = new BigDecimal(price);
        return new ArticleChanged(UUID.randomUUID(), Instant.now(), sku, version, ArticleChanged.ArticleKind.PHYSICAL,
                List.of(new ArticleChanged.Text("de", "Artikel " + sku, null)), List.of(), List.of("DE", "AT", "FR"),
                SINCE, null, components, List.of(),
                List.of(new ArticleChanged.Price("WEB", "EUR", amount, SINCE, null),
                        new ArticleChanged.Price("STORE", "EUR", amount, SINCE, null)),
                true, taxCategory);
    }
}
