package com.omnidom.routing.lab.scenario;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.routing.lab.cities.City;
import com.omnidom.routing.engine.CandidateLocation;
import com.omnidom.routing.engine.CostWeights;
import com.omnidom.routing.engine.DistanceBand;
import com.omnidom.routing.engine.Fences;
import com.omnidom.routing.engine.FulfillmentMode;
import com.omnidom.routing.engine.Inbound;
import com.omnidom.routing.engine.LocationCosts;
import com.omnidom.routing.engine.LocationType;
import com.omnidom.routing.engine.OrderLine;
import com.omnidom.routing.engine.RoutingOrder;
import com.omnidom.routing.engine.RoutingProfile;
import com.omnidom.routing.engine.Stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded synthetic retailer on real geography: warehouses in big cities, stores where people live (sampled by
 * population), drop shippers owning parts of the long tail, logistics providers and franchise partners; articles
 * with Zipf popularity; stock coverage by location type; store capacities; orders from customers sampled by
 * population with the size mix 55 % 1 line, 25 % 2, 10 % 3, 6 % 4–5, 4 % 6–10. Same seed, same world.
 */
public final class WorldGenerator {

    public static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final List<DistanceBand> CARRIER = List.of(new DistanceBand(50, 390), new DistanceBand(150, 450),
            new DistanceBand(300, 520), new DistanceBand(600, 610), new DistanceBand(1000, 720), new DistanceBand(5000, 850));

    private final List<City> cities;
    private final long[] cumulativePopulation;
    private final int articles;
    private final double[] cumulativePopularity;
    private final long[] price;

    public WorldGenerator(List<City> cities, int articles) {
        if (cities.isEmpty()) throw new IllegalArgumentException("no cities");
        this.cities = List.copyOf(cities);
        this.articles = articles;
        cumulativePopulation = new long[cities.size()];
        long sum = 0;
        for (int i = 0; i < cities.size(); i++) cumulativePopulation[i] = sum += cities.get(i).population();
        cumulativePopularity = new double[articles];
        double total = 0;
        for (int r = 0; r < articles; r++) cumulativePopularity[r] = total += 1.0 / (r + 1); // Zipf, s = 1
        for (int r = 0; r < articles; r++) cumulativePopularity[r] /= total;
        price = new long[articles];
        Random prices = new Random(articles);
        for (int r = 0; r < articles; r++) price[r] = 500 + prices.nextInt(15_000);
    }

    public static String sku(int rank) {
        return "SKU-" + String.format("%05d", rank);
    }

    /** The profile the benchmark decides under: the locations' own costs, a split penalty, lateness, missed lines. */
    public static RoutingProfile benchmarkProfile() {
        return new RoutingProfile("benchmark", 1, null, null, Fences.NONE,
                new CostWeights(0, 0, 0, List.of(), 200, 300, 4_000, 1_000, 500, 1_000));
    }

    /** {@code size} locations: about 3 % warehouses, 1 % logistics providers, 6 % drop shippers, 4 % franchise partners, the rest stores. */
    public List<CandidateLocation> locations(long seed, int size) {
        Random r = new Random(seed);
        int warehouses = Math.max(2, Math.round(size * 0.03f));
        int providers = size >= 50 ? Math.max(1, Math.round(size * 0.01f)) : 0;
        int dropShippers = Math.max(1, Math.round(size * 0.06f));
        int partners = size >= 50 ? Math.round(size * 0.04f) : 0;
        int stores = size - warehouses - providers - dropShippers - partners;
        List<CandidateLocation> out = new ArrayList<>();
        // drop shippers own the long tail: each tail article belongs to one of them (or to nobody)
        int[] tailOwner = new int[articles];
        for (int a = 0; a < articles; a++) tailOwner[a] = a >= 300 && r.nextInt(3) != 0 ? r.nextInt(dropShippers) : -1;
        for (int i = 0; i < warehouses; i++) {
            City city = bigCity(r);
            Map<String, Stock> stock = new HashMap<>();
            for (int a = 0; a < articles; a++) {
                if (a > 50 && r.nextInt(10) == 0) continue;
                int onHand = r.nextInt(8) == 0 ? 0 : 3 + r.nextInt(a < 200 ? 400 : 40);
                List<Inbound> inbound = r.nextInt(10) == 0
                        ? List.of(new Inbound(20 + r.nextInt(80), DAY.plusDays(1 + r.nextInt(6)))) : List.of();
                if (onHand > 0 || !inbound.isEmpty()) stock.put(sku(a), new Stock(onHand, 0, inbound));
            }
            out.add(location("WH-" + i, LocationType.WAREHOUSE, city, Set.of("SHIP"), stock, null, null,
                    new LocationCosts(250, 35, CARRIER), 1));
        }
        for (int i = 0; i < providers; i++) {
            City city = bigCity(r);
            Map<String, Stock> stock = new HashMap<>();
            for (int a = 0; a < Math.min(articles, 1_500); a++) {
                if (r.nextInt(5) < 2) continue;
                stock.put(sku(a), Stock.onHand(1 + r.nextInt(60)));
            }
            out.add(location("LP-" + i, LocationType.LOGISTICS_PROVIDER, city, Set.of("SHIP"), stock, null, null,
                    new LocationCosts(300, 45, CARRIER), 1));
        }
        for (int i = 0; i < dropShippers; i++) {
            City city = cities.get(r.nextInt(cities.size()));
            Map<String, Stock> stock = new HashMap<>();
            for (int a = 0; a < articles; a++) if (tailOwner[a] == i) stock.put(sku(a), Stock.onHand(20 + r.nextInt(300)));
            out.add(location("DS-" + i, LocationType.DROP_SHIPPER, city, Set.of("SHIP"), stock, null, null,
                    new LocationCosts(200, 60, CARRIER), 2));
        }
        for (int i = 0; i < partners; i++) {
            City city = populated(r);
            out.add(location("FP-" + i, LocationType.FRANCHISE_PARTNER, city, Set.of("SHIP", "PICKUP"),
                    shopStock(r, 300, 0.4, 8), 5 + r.nextInt(36), 20 + r.nextInt(100),
                    new LocationCosts(500, 90, CARRIER), 1));
        }
        for (int i = 0; i < stores; i++) {
            City city = populated(r);
            Integer orders = r.nextInt(20) == 0 ? 0 : 3 + r.nextInt(28);
            out.add(location("ST-" + i, LocationType.STORE, city, Set.of("SHIP", "PICKUP"), shopStock(r, 200, 0.6, 6),
                    orders, 10 + r.nextInt(71), new LocationCosts(450, 110, CARRIER), 0));
        }
        return out;
    }

    /** {@code count} orders of customers sampled by population; pickup orders name the store nearest to the customer. */
    public List<RoutingOrder> orders(long seed, int count, List<CandidateLocation> locations) {
        Random r = new Random(seed * 31 + 7);
        List<CandidateLocation> shops = locations.stream().filter(l -> l.capabilities().contains("PICKUP")).toList();
        List<RoutingOrder> out = new ArrayList<>();
        for (int o = 0; o < count; o++) {
            City city = populated(r);
            GeoPoint to = new GeoPoint(clamp(city.geo().latitude() + (r.nextDouble() - 0.5) * 0.1, 90),
                    clamp(city.geo().longitude() + (r.nextDouble() - 0.5) * 0.1, 180));
            int lineCount = lineCount(r);
            Set<Integer> taken = new HashSet<>();
            List<OrderLine> lines = new ArrayList<>();
            while (lines.size() < lineCount) {
                int a = article(r);
                if (!taken.add(a)) continue;
                int p = r.nextInt(100);
                int qty = p < 82 ? 1 : p < 95 ? 2 : 3 + r.nextInt(4);
                lines.add(new OrderLine(String.valueOf(lines.size() + 1), sku(a), qty, price[a]));
            }
            int promise = r.nextInt(100);
            LocalDate promiseDate = promise < 75 ? DAY.plusDays(2) : promise < 85 ? DAY.plusDays(1) : null;
            boolean pickup = !shops.isEmpty() && r.nextInt(25) == 0;
            String store = pickup ? nearest(shops, to).locationId() : null;
            out.add(new RoutingOrder("o-" + seed + "-" + o, pickup ? FulfillmentMode.PICKUP : FulfillmentMode.SHIP, to,
                    store, r.nextInt(100) < 8, "web", city.country(), DAY, promiseDate, lines));
        }
        return out;
    }

    private static double clamp(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }

    private static CandidateLocation nearest(List<CandidateLocation> shops, GeoPoint to) {
        CandidateLocation best = null;
        double bestKm = Double.MAX_VALUE;
        for (CandidateLocation s : shops) {
            double km = to.distanceKm(s.geo());
            if (km < bestKm) {
                bestKm = km;
                best = s;
            }
        }
        return best;
    }

    private Map<String, Stock> shopStock(Random r, int top, double topShare, int maxQty) {
        Map<String, Stock> stock = new HashMap<>();
        for (int a = 0; a < articles; a++) {
            boolean carried = a < top ? r.nextDouble() < topShare : r.nextInt(100) < 3;
            if (carried) stock.put(sku(a), Stock.onHand(r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(maxQty)));
        }
        return stock;
    }

    private static CandidateLocation location(String id, LocationType type, City city, Set<String> capabilities,
                                              Map<String, Stock> stock, Integer ordersLeft, Integer unitsLeft,
                                              LocationCosts costs, int handlingDays) {
        GeoPoint geo = city.geo();
        return new CandidateLocation(id, type, geo, Set.of(city.country()), capabilities, true, stock, ordersLeft,
                unitsLeft, costs, handlingDays);
    }

    private static int lineCount(Random r) {
        int p = r.nextInt(100);
        if (p < 55) return 1;
        if (p < 80) return 2;
        if (p < 90) return 3;
        if (p < 96) return 4 + r.nextInt(2);
        return 6 + r.nextInt(5);
    }

    private int article(Random r) {
        double u = r.nextDouble();
        int lo = 0;
        int hi = articles - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativePopularity[mid] < u) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private City populated(Random r) {
        long u = (long) (r.nextDouble() * cumulativePopulation[cumulativePopulation.length - 1]);
        int lo = 0;
        int hi = cumulativePopulation.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativePopulation[mid] <= u) lo = mid + 1;
            else hi = mid;
        }
        return cities.get(lo);
    }

    /** A city with at least 200,000 people when there is one, sampled by population. */
    private City bigCity(Random r) {
        for (int attempt = 0; attempt < 50; attempt++) {
            City c = populated(r);
            if (c.population() >= 200_000) return c;
        }
        return populated(r);
    }
}
