package com.omnidom.devstack.demo;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.routing.lab.cities.City;
import com.omnidom.devstack.demo.CatalogDocuments.Address;
import com.omnidom.devstack.demo.CatalogDocuments.Capacity;
import com.omnidom.devstack.demo.CatalogDocuments.CostProfile;
import com.omnidom.devstack.demo.CatalogDocuments.DistanceBand;
import com.omnidom.devstack.demo.CatalogDocuments.Geo;
import com.omnidom.devstack.demo.CatalogDocuments.Location;
import com.omnidom.devstack.demo.CatalogDocuments.OpeningException;
import com.omnidom.devstack.demo.CatalogDocuments.OpeningHours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Delivery locations of the demo retailer on real geography: warehouses in central logistics hubs, stores in the
 * most populous cities (drawn by population), and three drop-ship partners. Pure and seeded.
 */
final class LocationGenerator {

    static final String BRAND = "Omnimarkt";
    /** Places closer than this to a more populous place are its districts (Favoriten is Vienna). */
    static final double SAME_CITY_KM = 12;
    /** Stores are drawn from this many most populous cities, plus each country's largest. */
    static final int CANDIDATE_CITIES = 150;
    /** The most populous cities always get a store, whatever the draw. */
    static final int GUARANTEED_TOP_CITIES = 10;
    static final int MAX_STORES_PER_CITY = 3;

    private static final List<String> WAREHOUSE_COUNTRIES = List.of("DE", "FR", "PL");
    private static final List<Partner> PARTNERS = List.of(
            new Partner("PARTNER-NORDHOLZ", "Nordholz Möbelmanufaktur GmbH", "DE", "Bielefeld"),
            new Partner("PARTNER-LUMEN", "Lumen Illuminazione S.r.l.", "IT", "Milan"),
            new Partner("PARTNER-BERGWERK", "Bergwerk Outdoor AG", "CH", "Luzern"));

    private final Random random;

    LocationGenerator(long seed) {
        this.random = new Random(seed);
    }

    List<Location> generate(List<City> cities, int storeCount) {
        List<City> places = mergeDistricts(cities);
        var locations = new ArrayList<Location>();
        for (String country : WAREHOUSE_COUNTRIES) {
            locations.add(warehouse(logisticsHub(cities, places, country)));
        }
        locations.addAll(stores(storeCities(places, storeCount, random)));
        for (Partner partner : PARTNERS) {
            locations.add(dropShipper(partner, find(cities, partner.country(), partner.city())));
        }
        return List.copyOf(locations);
    }

    /** Cities by population, without the districts and suburbs that GeoNames lists as places of their own. */
    static List<City> mergeDistricts(List<City> cities) {
        var sorted = cities.stream()
                .sorted(Comparator.comparingLong(City::population).reversed().thenComparingLong(City::geonamesId))
                .toList();
        var kept = new ArrayList<City>();
        for (City city : sorted) {
            // The latitude test is a cheap pre-filter: 0.2° is over 20 km.
            if (kept.stream().noneMatch(k -> Math.abs(k.geo().latitude() - city.geo().latitude()) < 0.2
                    && k.distanceKm(city) < SAME_CITY_KM)) {
                kept.add(city);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * One city per store (a city appears once per store it has): each country's largest city and the largest cities
     * overall first, the rest drawn among the most populous cities with probability proportional to population.
     */
    static List<City> storeCities(List<City> places, int storeCount, Random random) {
        var guaranteed = new LinkedHashSet<City>();
        var countries = new LinkedHashSet<String>();
        for (City city : places) {
            if (countries.add(city.country())) {
                guaranteed.add(city);
            }
        }
        guaranteed.addAll(places.subList(0, Math.min(GUARANTEED_TOP_CITIES, places.size())));
        var counts = new LinkedHashMap<City, Integer>();
        guaranteed.stream()
                .sorted(Comparator.comparingLong(City::population).reversed())
                .limit(storeCount)
                .forEach(city -> counts.put(city, 1));

        var pool = new LinkedHashSet<>(places.subList(0, Math.min(CANDIDATE_CITIES, places.size())));
        pool.addAll(guaranteed);
        int placed = counts.size();
        if (storeCount > pool.size() * MAX_STORES_PER_CITY) {
            throw new IllegalArgumentException("at most " + pool.size() * MAX_STORES_PER_CITY + " stores");
        }
        while (placed < storeCount) {
            City city = drawByPopulation(pool, counts, random);
            counts.merge(city, 1, Integer::sum);
            placed++;
        }
        var result = new ArrayList<City>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<City, Integer>comparingByKey(Comparator.comparing(City::country))
                        .thenComparing(Map.Entry.comparingByKey(Comparator.comparingLong(City::population).reversed())))
                .forEach(e -> {
                    for (int i = 0; i < e.getValue(); i++) {
                        result.add(e.getKey());
                    }
                });
        return List.copyOf(result);
    }

    private static City drawByPopulation(Set<City> pool, Map<City, Integer> counts, Random random) {
        var open = pool.stream().filter(c -> counts.getOrDefault(c, 0) < MAX_STORES_PER_CITY).toList();
        long total = open.stream().mapToLong(City::population).sum();
        double target = random.nextDouble() * total;
        for (City city : open) {
            target -= city.population();
            if (target < 0) {
                return city;
            }
        }
        return open.getLast();
    }

    /** The large city nearest to the country's population-weighted centre: where a retailer puts its hub. */
    static City logisticsHub(List<City> cities, List<City> places, String country) {
        double weight = 0;
        double lat = 0;
        double lon = 0;
        for (City city : cities) {
            if (city.country().equals(country)) {
                weight += city.population();
                lat += city.geo().latitude() * city.population();
                lon += city.geo().longitude() * city.population();
            }
        }
        var centre = new City(0, country, "centre", "", 0, new GeoPoint(lat / weight, lon / weight));
        return places.stream()
                .filter(c -> c.country().equals(country) && c.population() >= 100_000)
                .min(Comparator.comparingDouble(centre::distanceKm))
                .orElseThrow(() -> new IllegalStateException("no city of 100,000+ in " + country));
    }

    private List<Location> stores(List<City> storeCities) {
        var stores = new ArrayList<Location>();
        var numbers = new LinkedHashMap<City, Integer>();
        for (City city : storeCities) {
            int number = numbers.merge(city, 1, Integer::sum);
            String id = "STORE-%s-%s-%02d".formatted(city.country(), slug(city.name()), number);
            String name = BRAND + " " + city.name() + (number > 1 ? " " + number : "");
            int orders = roundTo(Math.clamp(60 + city.population() / 25_000, 60, 220) * vary(0.1), 10);
            stores.add(new Location(id, "STORE", name, address(city), geo(city, 0.02), timeZone(city),
                    storeHours(city.country()), storeExceptions(city.country()), new Capacity(orders, orders * 3),
                    costProfile(city.country(), 3.50, 0.60, new int[]{25, 100, 500}, new double[]{2.90, 4.90, 7.90}),
                    List.of("SHIP", "PICKUP", "SHIP_TO_STORE", "ACCEPT_RETURNS"), null, true));
        }
        return stores;
    }

    private Location warehouse(City city) {
        int orders = roundTo(8_000 * vary(0.25), 500);
        var hours = new ArrayList<OpeningHours>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            hours.add(new OpeningHours(day, "06:00", "22:00"));
        }
        hours.add(new OpeningHours("SATURDAY", "06:00", "14:00"));
        return new Location("WH-%s-%s-01".formatted(city.country(), slug(city.name())), "WAREHOUSE",
                BRAND + " Distribution Centre " + city.name(), address(city), geo(city, 0.08), timeZone(city),
                hours, List.of(closed("2026-12-25"), closed("2027-01-01")), new Capacity(orders, orders * 4),
                costProfile(city.country(), 1.80, 0.25, new int[]{50, 300, 2000}, new double[]{3.90, 5.90, 8.90}),
                List.of("SHIP", "ACCEPT_RETURNS"), null, true);
    }

    private Location dropShipper(Partner partner, City city) {
        var hours = new ArrayList<OpeningHours>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            hours.add(new OpeningHours(day, "08:00", "17:00"));
        }
        int orders = roundTo(400 * vary(0.3), 50);
        return new Location("DS-%s-%s-01".formatted(city.country(), slug(city.name())), "DROP_SHIPPER",
                partner.name(), address(city), geo(city, 0.05), timeZone(city), hours,
                List.of(closed("2026-12-25"), closed("2027-01-01")), new Capacity(orders, orders * 2),
                costProfile(city.country(), 4.00, 0.80, new int[]{300, 2000}, new double[]{6.90, 12.90}),
                List.of("SHIP"), partner.id(), true);
    }

    private static List<OpeningHours> storeHours(String country) {
        // Typical high-street hours per country: weekday open/close, Saturday open/close.
        String[] h = switch (country) {
            case "DE" -> new String[]{"09:30", "20:00", "09:30", "20:00"};
            case "AT", "LU" -> new String[]{"09:00", "19:00", "09:00", "18:00"};
            case "CH" -> new String[]{"09:00", "19:00", "08:00", "17:00"};
            case "NL" -> new String[]{"10:00", "18:00", "10:00", "17:00"};
            case "BE" -> new String[]{"10:00", "18:30", "10:00", "18:30"};
            case "FR" -> new String[]{"10:00", "19:30", "10:00", "19:30"};
            case "DK" -> new String[]{"10:00", "19:00", "10:00", "17:00"};
            case "PL" -> new String[]{"10:00", "21:00", "10:00", "21:00"};
            case "CZ" -> new String[]{"09:00", "20:00", "09:00", "20:00"};
            case "IT" -> new String[]{"10:00", "20:00", "10:00", "20:00"};
            case "ES" -> new String[]{"10:00", "21:30", "10:00", "21:30"};
            default -> new String[]{"09:00", "19:00", "09:00", "18:00"};
        };
        var hours = new ArrayList<OpeningHours>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            hours.add(new OpeningHours(day, h[0], h[1]));
        }
        hours.add(new OpeningHours("SATURDAY", h[2], h[3]));
        return List.copyOf(hours);
    }

    private static List<OpeningException> storeExceptions(String country) {
        String opens = storeHours(country).getFirst().opens();
        return List.of(new OpeningException("2026-12-24", false, opens, "14:00"), closed("2026-12-25"),
                closed("2027-01-01"));
    }

    private static OpeningException closed(String date) {
        return new OpeningException(date, true, null, null);
    }

    private CostProfile costProfile(String country, double perOrder, double perUnit, int[] upToKm, double[] costs) {
        String currency = currency(country);
        double rate = switch (currency) {
            case "CHF" -> 0.95;
            case "PLN" -> 4.30;
            default -> 1.0;
        };
        double variation = vary(0.1);
        var bands = new ArrayList<DistanceBand>();
        for (int i = 0; i < upToKm.length; i++) {
            bands.add(new DistanceBand(upToKm[i], money(costs[i] * rate * variation)));
        }
        return new CostProfile(currency, money(perOrder * rate * variation), money(perUnit * rate * variation),
                List.copyOf(bands));
    }

    static String currency(String country) {
        return switch (country) {
            case "CH" -> "CHF";
            case "PL" -> "PLN";
            default -> "EUR";
        };
    }

    static String timeZone(City city) {
        if (city.country().equals("ES") && city.geo().longitude() < -12) {
            return "Atlantic/Canary";
        }
        return switch (city.country()) {
            case "DE" -> "Europe/Berlin";
            case "AT" -> "Europe/Vienna";
            case "CH" -> "Europe/Zurich";
            case "NL" -> "Europe/Amsterdam";
            case "BE" -> "Europe/Brussels";
            case "LU" -> "Europe/Luxembourg";
            case "FR" -> "Europe/Paris";
            case "DK" -> "Europe/Copenhagen";
            case "PL" -> "Europe/Warsaw";
            case "CZ" -> "Europe/Prague";
            case "IT" -> "Europe/Rome";
            case "ES" -> "Europe/Madrid";
            default -> throw new IllegalArgumentException("no time zone for " + city.country());
        };
    }

    private Address address(City city) {
        return address(city, random);
    }

    /** A plausible street in the local language and a postal code in the country's format (not a real address). */
    static Address address(City city, Random random) {
        int n = 1 + random.nextInt(120);
        String street = switch (language(city)) {
            case "de" -> pick(random, "Hauptstraße", "Bahnhofstraße", "Königstraße", "Schillerstraße", "Marktplatz", "Lindenstraße") + " " + n;
            case "de-CH" -> pick(random, "Bahnhofstrasse", "Hauptstrasse", "Marktgasse", "Poststrasse", "Seestrasse") + " " + n;
            case "fr" -> n + " " + pick(random, "Rue de la République", "Avenue Jean Jaurès", "Rue Victor Hugo", "Boulevard Gambetta", "Place du Marché");
            case "nl" -> pick(random, "Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat", "Marktplein") + " " + n;
            case "it" -> pick(random, "Via Roma", "Corso Italia", "Via Garibaldi", "Via Giuseppe Mazzini", "Piazza del Duomo") + " " + n;
            case "es" -> pick(random, "Calle Mayor", "Gran Vía", "Calle Real", "Avenida de la Constitución", "Plaza Mayor") + " " + n;
            case "da" -> pick(random, "Østergade", "Vestergade", "Algade", "Søndergade", "Torvet") + " " + n;
            case "pl" -> "ul. " + pick(random, "Długa", "Mickiewicza", "Piłsudskiego", "Kościuszki", "Słowackiego") + " " + n;
            case "cs" -> pick(random, "Masarykova", "Nádražní", "Husova", "Palackého", "náměstí Míru") + " " + n;
            default -> throw new IllegalStateException(city.country());
        };
        return new Address(street, postalCode(city, random), city.name(), city.country());
    }

    /** The local language of a city: de, de-CH, fr, nl, it, es, da, pl or cs. */
    static String language(City city) {
        return switch (city.country()) {
            case "DE", "AT" -> "de";
            case "CH" -> switch (city.adminCode()) {
                case "GE", "VD", "NE", "JU", "FR", "VS" -> "fr";
                case "TI" -> "it";
                default -> "de-CH";
            };
            case "BE" -> city.adminCode().equals("VLG") ? "nl" : "fr";
            case "FR", "LU" -> "fr";
            case "NL" -> "nl";
            case "IT" -> "it";
            case "ES" -> "es";
            case "DK" -> "da";
            case "PL" -> "pl";
            case "CZ" -> "cs";
            default -> throw new IllegalArgumentException(city.country());
        };
    }

    /** The leading digits stay the same within a city, the rest varies by location. */
    private static String postalCode(City city, Random random) {
        var cityDigits = new Random(city.geonamesId());
        int area = 1 + cityDigits.nextInt(9);
        return switch (city.country()) {
            case "DE", "FR", "IT", "ES" -> "%d%04d".formatted(area, random.nextInt(10_000));
            case "AT", "CH", "BE", "DK" -> "%d%03d".formatted(area, random.nextInt(1_000));
            case "LU" -> "L-%d%03d".formatted(area, random.nextInt(1_000));
            case "NL" -> "%d%03d %c%c".formatted(area, random.nextInt(1_000), letter(random), letter(random));
            case "PL" -> "%d%d-%03d".formatted(area, random.nextInt(10), random.nextInt(1_000));
            case "CZ" -> "%d%d%d %02d".formatted(area, random.nextInt(10), random.nextInt(10), random.nextInt(100));
            default -> throw new IllegalArgumentException(city.country());
        };
    }

    private static char letter(Random random) {
        return (char) ('A' + random.nextInt(26));
    }

    private Geo geo(City city, double jitterDegrees) {
        double lat = city.geo().latitude() + (random.nextDouble() - 0.5) * jitterDegrees;
        double lon = city.geo().longitude() + (random.nextDouble() - 0.5) * jitterDegrees;
        return new Geo(round5(lat), round5(lon));
    }

    private String pick(String... options) {
        return pick(random, options);
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    /** A factor within ±fraction. */
    private double vary(double fraction) {
        return 1 + (random.nextDouble() * 2 - 1) * fraction;
    }

    private static int roundTo(double value, int step) {
        return Math.max(step, (int) Math.round(value / step) * step);
    }

    private static double round5(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP).doubleValue();
    }

    static String money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** ASCII upper-case id part: "Łódź" → "LODZ", "Halle (Saale)" → "HALLE-SAALE". */
    static String slug(String name) {
        String ascii = name.replace("ß", "ss").replace("Ł", "L").replace("ł", "l").replace("Ø", "O")
                .replace("ø", "o").replace("Æ", "AE").replace("æ", "ae").replace("Đ", "D").replace("đ", "d");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static City find(List<City> cities, String country, String name) {
        return cities.stream()
                .filter(c -> c.country().equals(country) && c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " (" + country + ") is not in cities-eu.csv"));
    }

    private record Partner(String id, String name, String country, String city) {
    }
}
