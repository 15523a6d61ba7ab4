package com.omnidom.devstack.traffic;

import com.omnidom.devstack.demo.Assortment;
import com.omnidom.devstack.demo.CatalogDocuments;
import com.omnidom.devstack.demo.CatalogDocuments.Article;
import com.omnidom.devstack.demo.CatalogDocuments.Location;
import com.omnidom.routing.lab.cities.City;
import com.omnidom.devstack.demo.Geography;
import com.omnidom.devstack.demo.StockPlan.StockLevel;
import com.omnidom.devstack.traffic.OrderRequest.Address;
import com.omnidom.devstack.traffic.OrderRequest.Customer;
import com.omnidom.devstack.traffic.OrderRequest.Delivery;
import com.omnidom.devstack.traffic.OrderRequest.Geo;
import com.omnidom.devstack.traffic.OrderRequest.Line;
import com.omnidom.devstack.traffic.OrderRequest.Tender;
import com.omnidom.kernel.GeoPoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Web-shop orders of the demo retailer's customers. A customer lives in a real city drawn by population (geo: the
 * city's coordinates plus a few kilometres of jitter), buys 1–3 articles sold in their country, drawn by popularity,
 * at the web price in the local currency, and pays by card; about one order in five is click &amp; collect at the
 * store nearest to them, of articles that store has in stock (as the shop shows it). Customers come back: the same customer number is always the same person. Pure and seeded:
 * the same seed gives the same sequence of orders.
 */
public final class OrderGenerator {

    static final int CUSTOMERS = 50_000;
    static final double PICKUP_SHARE = 0.2;
    static final double PRIORITY_SHARE = 0.02;
    static final double GEO_JITTER_DEGREES = 0.06;

    /** Standard VAT rates, the rate of most of the assortment. */
    static final Map<String, String> VAT = Map.ofEntries(Map.entry("DE", "0.19"), Map.entry("AT", "0.20"),
            Map.entry("CH", "0.081"), Map.entry("NL", "0.21"), Map.entry("BE", "0.21"), Map.entry("LU", "0.17"),
            Map.entry("FR", "0.20"), Map.entry("DK", "0.25"), Map.entry("PL", "0.23"), Map.entry("CZ", "0.21"),
            Map.entry("IT", "0.22"), Map.entry("ES", "0.21"));

    private static final Map<String, String> DIALING_CODES = Map.ofEntries(Map.entry("DE", "+49"),
            Map.entry("AT", "+43"), Map.entry("CH", "+41"), Map.entry("NL", "+31"), Map.entry("BE", "+32"),
            Map.entry("LU", "+352"), Map.entry("FR", "+33"), Map.entry("DK", "+45"), Map.entry("PL", "+48"),
            Map.entry("CZ", "+420"), Map.entry("IT", "+39"), Map.entry("ES", "+34"));

    private static final Map<String, List<String>> FIRST_NAMES = Map.of(
            "de", List.of("Anna", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Laura", "Paul", "Lena", "Maximilian"),
            "fr", List.of("Camille", "Louis", "Léa", "Hugo", "Chloé", "Gabriel", "Manon", "Arthur", "Inès", "Jules"),
            "nl", List.of("Emma", "Daan", "Julia", "Sem", "Tess", "Lucas", "Sanne", "Bram", "Fleur", "Thijs"),
            "it", List.of("Giulia", "Francesco", "Sofia", "Alessandro", "Aurora", "Lorenzo", "Chiara", "Matteo", "Elena", "Marco"),
            "es", List.of("Lucía", "Hugo", "Martina", "Mateo", "Paula", "Daniel", "Carmen", "Pablo", "Sara", "Javier"),
            "da", List.of("Freja", "William", "Ida", "Noah", "Clara", "Oscar", "Emma", "Magnus", "Alma", "Frederik"),
            "pl", List.of("Zuzanna", "Jakub", "Julia", "Antoni", "Maja", "Jan", "Hanna", "Szymon", "Alicja", "Piotr"),
            "cs", List.of("Eliška", "Jakub", "Tereza", "Jan", "Anna", "Tomáš", "Adéla", "Lukáš", "Klára", "Matyáš"));

    private static final Map<String, List<String>> LAST_NAMES = Map.of(
            "de", List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer"),
            "fr", List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"),
            "nl", List.of("de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Peeters"),
            "it", List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"),
            "es", List.of("García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"),
            "da", List.of("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen"),
            "pl", List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak"),
            "cs", List.of("Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec"));

    private final List<City> cities;
    private final double[] cityCumulative;
    private final List<Location> stores;
    private final Assortment assortment;
    private final Map<String, Map<String, Integer>> storeStock = new HashMap<>();
    private final long seed;
    private final Random random;

    /** @param stock the opening stock: click &amp; collect orders only ask a store for what it has */
    public OrderGenerator(List<City> cities, List<Location> locations, Assortment assortment, List<StockLevel> stock,
                          long seed) {
        this.cities = List.copyOf(cities);
        this.cityCumulative = new double[cities.size()];
        double sum = 0;
        for (int i = 0; i < cities.size(); i++) {
            sum += cities.get(i).population();
            cityCumulative[i] = sum;
        }
        this.stores = locations.stream()
                .filter(l -> l.active() && l.type().equals("STORE") && l.capabilities().contains("PICKUP"))
                .toList();
        this.assortment = assortment;
        for (StockLevel level : stock) {
            if (level.locationId().startsWith("STORE-")) {
                storeStock.computeIfAbsent(level.locationId(), id -> new HashMap<>()).put(level.sku(), level.onHand());
            }
        }
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** A person of the customer base: same number, same person. */
    record Person(String customerId, String name, String email, String phone, String language, City city,
                  Address address, Geo geo) {
    }

    /** The next order; {@code orderNumber} is the shop's number, unique per run. */
    public OrderRequest next(String orderNumber) {
        Person person = customer(1 + random.nextInt(CUSTOMERS));
        String country = person.city().country();
        String currency = Geography.currency(country);
        String taxRate = VAT.getOrDefault(country, "0.20");

        Location store = roll(PICKUP_SHARE) ? nearestStore(person.geo()) : null;
        int lineCount = roll(0.6) ? 1 : roll(0.7) ? 2 : 3;
        List<Line> lines = store == null ? List.of()
                : drawLines(lineCount, country, currency, taxRate, storeStock.getOrDefault(store.id(), Map.of()));
        if (lines.isEmpty()) {
            // nothing of the country's range on that store's shelf: delivered instead
            store = null;
            lines = drawLines(lineCount, country, currency, taxRate, null);
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("no article is sold in " + country + " in " + currency);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Line line : lines) {
            total = total.add(new BigDecimal(line.unitPrice()).multiply(BigDecimal.valueOf(line.quantity())));
        }

        Delivery delivery;
        if (store != null) {
            delivery = new Delivery("PICKUP", person.address(), person.geo(), store.id());
        } else {
            delivery = new Delivery("SHIP", person.address(), person.geo(), null);
        }
        String amount = total.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        var tender = new Tender("CARD", amount, "AUTH-" + Long.toHexString(random.nextLong() | Long.MIN_VALUE)
                .toUpperCase(Locale.ROOT).substring(0, 12));
        return new OrderRequest("WEB_SHOP", orderNumber,
                new Customer(person.customerId(), person.name(), person.email(), person.phone(), person.language()),
                currency, lines, delivery, List.of(tender), roll(PRIORITY_SHARE));
    }

    /** Distinct articles by popularity; with a {@code shelf} (a store's stock) only what it has enough of. */
    private List<Line> drawLines(int count, String country, String currency, String taxRate, Map<String, Integer> shelf) {
        var lines = new ArrayList<Line>();
        var skus = new HashSet<String>();
        for (int attempt = 0; lines.size() < count && attempt < 200; attempt++) {
            Article article = assortment.draw(random);
            var price = Assortment.webPrice(article, currency);
            if (!article.regions().contains(country) || price.isEmpty() || skus.contains(article.sku())) {
                continue;
            }
            int quantity = roll(0.85) ? 1 : roll(0.8) ? 2 : 3;
            if (shelf != null && shelf.getOrDefault(article.sku(), 0) < quantity) {
                continue;
            }
            skus.add(article.sku());
            lines.add(new Line(article.sku(), quantity, price.get(), taxRate));
        }
        return List.copyOf(lines);
    }

    Person customer(int number) {
        var r = new Random(seed ^ (number * 0x9E3779B97F4A7C15L));
        City city = drawCity(r);
        String language = Geography.language(city);
        String names = language.equals("de-CH") ? "de" : language;
        String first = pick(r, FIRST_NAMES.get(names));
        String last = pick(r, LAST_NAMES.get(names));
        String name = first + " " + last;
        String email = (Geography.slug(first) + "." + Geography.slug(last)).toLowerCase(Locale.ROOT).replace('-', '.')
                + number + "@example.com";
        var phone = new StringBuilder(DIALING_CODES.getOrDefault(city.country(), "+49")).append(' ');
        phone.append(1 + r.nextInt(9));
        for (int i = 0; i < 8; i++) {
            phone.append(r.nextInt(10));
        }
        CatalogDocuments.Address local = Geography.address(city, r);
        var address = new Address(name, local.street(), local.postalCode(), local.city(), local.country());
        var geo = new Geo(round5(city.geo().latitude() + (r.nextDouble() - 0.5) * GEO_JITTER_DEGREES),
                round5(city.geo().longitude() + (r.nextDouble() - 0.5) * GEO_JITTER_DEGREES));
        return new Person("CUST-%06d".formatted(number), name, email, phone.toString(),
                language.startsWith("de") ? "de" : "en", city, address, geo);
    }

    Location nearestStore(Geo geo) {
        Location nearest = null;
        double best = Double.MAX_VALUE;
        for (Location store : stores) {
            double d = distanceKm(geo.latitude(), geo.longitude(), store.geo().latitude(), store.geo().longitude());
            if (d < best) {
                best = d;
                nearest = store;
            }
        }
        return nearest;
    }

    private City drawCity(Random r) {
        double x = r.nextDouble() * cityCumulative[cityCumulative.length - 1];
        int low = 0;
        int high = cityCumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cityCumulative[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return cities.get(low);
    }

    private boolean roll(double probability) {
        return random.nextDouble() < probability;
    }

    private static String pick(Random r, List<String> options) {
        return options.get(r.nextInt(options.size()));
    }

    /** The kernel's haversine, the one routing computes costs with. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return new GeoPoint(lat1, lon1).distanceKm(new GeoPoint(lat2, lon2));
    }

    private static double round5(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP).doubleValue();
    }
}
