package com.omnidom.inventory.availability.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.omnidom.inventory.availability.domain.CartLine;
import com.omnidom.inventory.availability.domain.StockPosition;
import com.omnidom.inventory.availability.domain.StockPositions;
import com.omnidom.inventory.location.application.ReplicateLocations;
import com.omnidom.inventory.location.domain.Location;
import com.omnidom.inventory.stock.domain.StockKey;
import com.omnidom.kernel.GeoPoint;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Available to promise for shops: per article × location × channel, now and by a date, and for a whole cart near a
 * point. Reads come from a cache of every position of an article, evicted when the article's availability changes
 * (by the publisher on this instance, and by inventory.availability.v1 on every instance), with a TTL as an upper
 * bound: an answer is never older than the event lag.
 */
@Service
public class AvailabilityQueries {

    private final StockPositions positions;
    private final ReplicateLocations locations;
    private final AvailabilityProperties properties;
    private final Clock clock;
    private final Cache<String, List<StockPosition>> bySku;

    public AvailabilityQueries(StockPositions positions, ReplicateLocations locations, AvailabilityProperties properties,
                               Clock clock) {
        this.positions = positions;
        this.locations = locations;
        this.properties = properties;
        this.clock = clock;
        this.bySku = Caffeine.newBuilder().maximumSize(properties.cacheSize()).expireAfterWrite(properties.cacheTtl())
                .recordStats().build();
    }

    /** One article at one location for a channel: now, and by {@code by} with what arrives until then. */
    public record StoreAvailability(StockPosition position, int atpNow, Integer atpBy, Instant by, String channel) {
    }

    public StoreAvailability at(String locationId, String sku, String channel, Instant by) {
        StockKey key = StockKey.of(sku, locationId);
        StockPosition position = positionsOf(sku).stream().filter(p -> p.level().key().equals(key)).findFirst()
                .orElseThrow(() -> new ResourceNotFound("No stock of " + sku + " at " + locationId + "."));
        return new StoreAvailability(position, position.atp(channel, null), by == null ? null : position.atp(channel, by), by, channel);
    }

    /** Where to search: a point, or a postal code resolved from the locations' addresses. */
    public record Near(Double latitude, Double longitude, String postalCode, String country, Double radiusKm) {
    }

    public record LineAnswer(String sku, int requested, int available) {
    }

    public record StoreAnswer(String locationId, String name, String type, double distanceKm, boolean pickup,
                              boolean complete, List<LineAnswer> lines) {
    }

    public record ShippingAnswer(LocalDate by, boolean possible, List<String> completeFrom, List<LineAnswer> lines) {
    }

    public record CartAnswer(double latitude, double longitude, String resolvedFrom, double radiusKm, List<String> pickupToday,
                             List<StoreAnswer> stores, ShippingAnswer shipping) {
    }

    /**
     * Which stores near the point have the whole cart for pickup today (ATP now, store with PICKUP), every store in the
     * radius with its lines, and whether the cart can ship by {@code shipBy} from locations with SHIP (in transit arriving
     * before that date counts; lines may come from different locations).
     */
    public CartAnswer cart(List<CartLine> lines, String channel, Near near, LocalDate shipBy, int maxStores) {
        if (lines == null || lines.isEmpty()) throw new InvalidRequest("lines", "must not be empty");
        Map<String, Integer> wanted = new LinkedHashMap<>();
        lines.forEach(l -> wanted.merge(l.sku(), l.quantity(), Integer::sum));
        List<Location> all = locations.all();
        double radius = near.radiusKm() == null ? properties.defaultRadiusKm() : near.radiusKm();
        GeoPoint center = center(near, all);
        Map<String, Map<String, StockPosition>> stock = new LinkedHashMap<>();
        for (String sku : wanted.keySet()) {
            stock.put(sku, positionsOf(sku).stream().collect(Collectors.toMap(p -> p.level().key().locationId().value(), p -> p)));
        }

        List<StoreAnswer> stores = new ArrayList<>();
        for (Location location : all) {
            if (!location.active() || !"STORE".equals(location.type())) continue;
            double distance = location.distanceKm(center);
            if (distance > radius) continue;
            List<LineAnswer> answers = lineAnswers(wanted, stock, location.id().value(), channel, null);
            boolean complete = answers.stream().allMatch(a -> a.available() >= a.requested());
            stores.add(new StoreAnswer(location.id().value(), location.name(), location.type(), round(distance),
                    location.can("PICKUP"), complete, answers));
        }
        stores.sort(Comparator.comparingDouble(StoreAnswer::distanceKm).thenComparing(StoreAnswer::locationId));
        List<String> pickupToday = stores.stream().filter(s -> s.pickup() && s.complete()).map(StoreAnswer::locationId).toList();

        ShippingAnswer shipping = null;
        if (shipBy != null) {
            Instant by = shipBy.atStartOfDay(ZoneOffset.UTC).toInstant();
            List<Location> shippers = all.stream().filter(l -> l.can("SHIP")).toList();
            List<LineAnswer> totals = new ArrayList<>();
            wanted.forEach((sku, quantity) -> {
                long sum = shippers.stream().map(l -> stock.get(sku).get(l.id().value())).filter(Objects::nonNull)
                        .mapToLong(p -> p.atp(channel, by)).sum();
                totals.add(new LineAnswer(sku, quantity, (int) Math.min(Integer.MAX_VALUE, sum)));
            });
            List<String> completeFrom = shippers.stream()
                    .filter(l -> lineAnswers(wanted, stock, l.id().value(), channel, by).stream().allMatch(a -> a.available() >= a.requested()))
                    .map(l -> l.id().value()).toList();
            shipping = new ShippingAnswer(shipBy, totals.stream().allMatch(t -> t.available() >= t.requested()), completeFrom, totals);
        }
        return new CartAnswer(center.latitude(), center.longitude(), near.latitude() != null ? "coordinates" : "postalCode", radius,
                pickupToday, stores.subList(0, Math.min(maxStores, stores.size())), shipping);
    }

    /**
     * Loads these articles into the cache, 1,000 per query (e.g. the best sellers after a deploy). Entries loaded here
     * are as fresh as any other: a change published meanwhile evicts them again.
     */
    public void warm(List<String> skus) {
        for (int from = 0; from < skus.size(); from += 1000) {
            List<String> chunk = skus.subList(from, Math.min(skus.size(), from + 1000));
            Map<String, List<StockPosition>> loaded = new LinkedHashMap<>();
            chunk.forEach(sku -> loaded.put(sku, new ArrayList<>()));
            positions.ofSkus(chunk).forEach(p -> loaded.get(p.level().key().sku().value()).add(p));
            loaded.forEach((sku, list) -> bySku.asMap().putIfAbsent(sku, List.copyOf(list)));
        }
    }

    /** Forgets cached positions of these articles (their availability changed). */
    public void evict(Collection<String> skus) {
        bySku.invalidateAll(skus);
    }

    public void evict(String sku) {
        bySku.invalidate(sku);
    }

    public long cachedArticles() {
        return bySku.estimatedSize();
    }

    private List<StockPosition> positionsOf(String sku) {
        new com.omnidom.inventory.stock.domain.Sku(sku);
        // per key, so an eviction during a load waits for it and wins (no stale entry survives an eviction)
        return bySku.get(sku, s -> List.copyOf(positions.ofSkus(List.of(s))));
    }

    private static List<LineAnswer> lineAnswers(Map<String, Integer> wanted, Map<String, Map<String, StockPosition>> stock,
                                                String locationId, String channel, Instant by) {
        List<LineAnswer> answers = new ArrayList<>(wanted.size());
        wanted.forEach((sku, quantity) -> {
            StockPosition position = stock.get(sku).get(locationId);
            answers.add(new LineAnswer(sku, quantity, position == null ? 0 : position.atp(channel, by)));
        });
        return answers;
    }

    private GeoPoint center(Near near, List<Location> all) {
        if (near.latitude() != null || near.longitude() != null) {
            if (near.latitude() == null || near.longitude() == null) throw new InvalidRequest("latitude", "latitude and longitude go together");
            if (Math.abs(near.latitude()) > 90) throw new InvalidRequest("latitude", "must be within -90..90");
            if (Math.abs(near.longitude()) > 180) throw new InvalidRequest("longitude", "must be within -180..180");
            return new GeoPoint(near.latitude(), near.longitude());
        }
        if (near.postalCode() == null || near.postalCode().isBlank()) {
            throw new InvalidRequest("latitude", "give latitude and longitude, or a postalCode");
        }
        // the postal code's position: the mean of the locations with that code (a geocoder would do better)
        List<Location> matching = all.stream().filter(l -> l.hasGeo() && near.postalCode().equals(l.postalCode())
                && (near.country() == null || near.country().equals(l.country()))).toList();
        if (matching.isEmpty()) throw new InvalidRequest("postalCode", "no location is known with postal code " + near.postalCode());
        return new GeoPoint(matching.stream().mapToDouble(Location::latitude).average().orElseThrow(),
                matching.stream().mapToDouble(Location::longitude).average().orElseThrow());
    }

    private static double round(double km) {
        return Math.round(km * 100) / 100.0;
    }

    /** Used by the clock-dependent callers (today). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
