package com.omnidom.devstack.demo;

import com.omnidom.devstack.demo.ArticleRange.BundleTemplate;
import com.omnidom.devstack.demo.ArticleRange.Family;
import com.omnidom.devstack.demo.ArticleRange.Part;
import com.omnidom.devstack.demo.ArticleRange.ServiceDef;
import com.omnidom.devstack.demo.ArticleRange.Topic;
import com.omnidom.devstack.demo.ArticleRange.Variant;
import com.omnidom.routing.lab.cities.City;
import com.omnidom.devstack.demo.CatalogDocuments.Article;
import com.omnidom.devstack.demo.CatalogDocuments.Component;
import com.omnidom.devstack.demo.CatalogDocuments.Price;
import com.omnidom.devstack.demo.CatalogDocuments.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static com.omnidom.devstack.demo.ArticlePrices.amount;
import static com.omnidom.devstack.demo.ArticlePrices.charm;
import static com.omnidom.devstack.demo.ArticlePrices.currencies;
import static com.omnidom.devstack.demo.ArticlePrices.fixedPrices;
import static com.omnidom.devstack.demo.ArticlePrices.prices;
import static com.omnidom.devstack.demo.ArticleRange.ACCESSORY_FAMILIES;
import static com.omnidom.devstack.demo.ArticleRange.BUNDLES;
import static com.omnidom.devstack.demo.ArticleRange.MAIN_FAMILIES;
import static com.omnidom.devstack.demo.ArticleRange.SERVICES;
import static com.omnidom.devstack.demo.ArticleRange.TOPICS;

/**
 * The demo retailer's assortment: home, kitchen, lighting, furniture, outdoor and electronics in product series named
 * after small European towns, with accessories, bundles, services, gift cards and digital goods. Pure and seeded.
 * Articles come out in dependency order: whatever an article references (accessory, component) has a lower SKU.
 */
final class ArticleGenerator {

    static final List<String> COUNTRIES = List.of("DE", "AT", "CH", "NL", "BE", "LU", "FR", "DK", "PL", "CZ", "IT", "ES");
    static final String VALID_FROM = "2026-01-01T00:00:00Z";
    static final String SEASON_END = "2027-03-01T00:00:00Z";
    static final double ACCESSORY_SHARE = 0.10;
    static final double BUNDLE_SHARE = 0.04;
    static final int SERIES = 60;

    private final Random random;
    private final List<Article> articles = new ArrayList<>();
    /** Active physical articles by family key, the pool for accessories and bundle components. */
    private final Map<String, List<Article>> byFamily = new LinkedHashMap<>();
    private final Map<String, String> serviceSkus = new LinkedHashMap<>();
    private final Map<String, String> seriesOf = new LinkedHashMap<>();

    ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} articles; bundles are the last ones. */
    List<Article> generate(List<City> cities, int count) {
        int fixed = SERVICES.size() + giftCardCount() + digitalCount();
        int accessories = (int) Math.round(count * ACCESSORY_SHARE);
        int bundles = (int) Math.round(count * BUNDLE_SHARE);
        int main = count - fixed - accessories - bundles;
        if (main < MAIN_FAMILIES.size()) {
            throw new IllegalArgumentException("need at least " + (fixed + accessories + bundles + MAIN_FAMILIES.size()) + " articles");
        }
        List<String> series = seriesNames(cities);
        SERVICES.forEach(this::service);
        giftCards();
        digital();
        physical(ACCESSORY_FAMILIES, accessories, series, false);
        physical(MAIN_FAMILIES, main, series, true);
        bundles(bundles, series);
        return List.copyOf(articles);
    }

    /**
     * The product family ({@code chair}, {@code bulb}, ...) of a single physical article, read from its English name;
     * null for bundles and the other kinds.
     */
    static String familyOf(Article article) {
        if (!article.kind().equals("PHYSICAL") || !article.components().isEmpty()) {
            return null;
        }
        String name = article.texts().stream().filter(t -> t.language().equals("en")).map(Text::name)
                .findFirst().orElse("");
        Family best = null;
        for (List<Family> families : List.of(MAIN_FAMILIES, ACCESSORY_FAMILIES)) {
            for (Family family : families) {
                if (name.startsWith(family.en() + " ") && (best == null || family.en().length() > best.en().length())) {
                    best = family;
                }
            }
        }
        return best == null ? null : best.key();
    }

    /** Product series are named after real small towns (15,000–60,000 inhabitants) with short plain names. */
    static List<String> seriesNames(List<City> cities, Random random) {
        var names = cities.stream()
                .filter(c -> c.population() <= 60_000 && c.name().matches("[A-Z][a-z]{3,8}"))
                .sorted(Comparator.comparingLong(City::geonamesId))
                .map(City::name)
                .distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(names, random);
        return List.copyOf(names.subList(0, Math.min(SERIES, names.size())));
    }

    private List<String> seriesNames(List<City> cities) {
        return seriesNames(cities, random);
    }

    private void service(ServiceDef def) {
        String sku = nextSku();
        serviceSkus.put(def.key(), sku);
        add(new Article(sku, "SERVICE", texts(def.de(), def.descriptionDe(), def.en(), def.descriptionEn()),
                List.of(image(sku, 1)), COUNTRIES, VALID_FROM, null, List.of(), List.of(),
                fixedPrices(def.price(), COUNTRIES, true), true));
    }

    private static int giftCardCount() {
        return 5 + 3 + 3;
    }

    private void giftCards() {
        var euroCountries = COUNTRIES.stream().filter(c -> !c.equals("CH") && !c.equals("PL")).toList();
        for (int value : new int[]{10, 25, 50, 100, 250}) {
            giftCard("EUR", value, "%d €".formatted(value), "€%d".formatted(value), euroCountries);
        }
        for (int value : new int[]{20, 50, 100}) {
            giftCard("CHF", value, "%d CHF".formatted(value), "CHF %d".formatted(value), List.of("CH"));
        }
        for (int value : new int[]{50, 100, 200}) {
            giftCard("PLN", value, "%d zł".formatted(value), "%d zł".formatted(value), List.of("PL"));
        }
    }

    private void giftCard(String currency, int value, String labelDe, String labelEn, List<String> regions) {
        String sku = nextSku();
        String amount = value + ".00";
        var prices = List.of(new Price("WEB", currency, amount, VALID_FROM, null),
                new Price("STORE", currency, amount, VALID_FROM, null));
        add(new Article(sku, "GIFT_CARD",
                texts("Geschenkkarte " + labelDe, "Einlösbar im Onlineshop und in allen Filialen, drei Jahre gültig.",
                        "Gift card " + labelEn, "Redeemable online and in all stores, valid for three years."),
                List.of(image(sku, 1)), regions, VALID_FROM, null, List.of(), List.of(), prices, true));
    }

    private static int digitalCount() {
        return TOPICS.size() * 3 + 2;
    }

    private void digital() {
        // German-language editions: licensed for the German-speaking markets only.
        var germanSpeaking = List.of("DE", "AT", "CH", "LU");
        for (Topic topic : TOPICS) {
            digitalItem("E-Book: " + topic.de(), "E-book: " + topic.en(), "E-Book (EPUB, ohne DRM), deutsche Ausgabe.",
                    "E-book (EPUB, DRM-free), German edition.", 9 + random.nextDouble() * 11, germanSpeaking);
            digitalItem("Hörbuch: " + topic.de(), "Audiobook: " + topic.en(), "Hörbuch zum Download (MP3), deutsche Ausgabe.",
                    "Audiobook download (MP3), German edition.", 13 + random.nextDouble() * 12, germanSpeaking);
            digitalItem("Videokurs: " + topic.de(), "Video course: " + topic.en(), "Videokurs mit Lifetime-Zugang, deutsch mit englischen Untertiteln.",
                    "Video course with lifetime access, German with English subtitles.", 29 + random.nextDouble() * 50, COUNTRIES);
        }
        digitalItem(LocationGenerator.BRAND + " Plus (12 Monate)", LocationGenerator.BRAND + " Plus (12 months)",
                "Mitgliedschaft: versandkostenfrei bestellen und früher shoppen.", "Membership: free shipping and early access.",
                39, COUNTRIES);
        digitalItem("Raumplaner-Software (Lizenz)", "Room planner software (licence)", "Lizenz für ein Gerät, unbefristet.",
                "Licence for one device, perpetual.", 19, COUNTRIES);
    }

    private void digitalItem(String nameDe, String nameEn, String descriptionDe, String descriptionEn, double euro,
                             List<String> regions) {
        String sku = nextSku();
        add(new Article(sku, "DIGITAL_RIGHT", texts(nameDe, descriptionDe, nameEn, descriptionEn), List.of(image(sku, 1)),
                regions, VALID_FROM, null, List.of(), List.of(), prices(euro, 1.0, regions, false, null), true));
    }

    private void physical(List<Family> families, int count, List<String> series, boolean withAccessories) {
        var used = new HashSet<String>();
        int made = 0;
        while (made < count) {
            Family family = families.get(made % families.size());
            String seriesName = series.get(random.nextInt(series.size()));
            Variant variant = family.variants().get(random.nextInt(family.variants().size()));
            if (!used.add(family.key() + "|" + seriesName + "|" + variant.de())) {
                continue;
            }
            String sku = nextSku();
            boolean seasonal = Set.of("towel", "blanket", "tent", "sleepingbag", "jacket").contains(family.key())
                    && random.nextDouble() < 0.15;
            String validUntil = seasonal ? SEASON_END : null;
            List<String> regions = regions();
            double euro = family.minPrice() + (family.maxPrice() - family.minPrice()) * Math.pow(random.nextDouble(), 1.5);
            double storeFactor = random.nextDouble() < 0.3 ? 1.05 : 1.0;
            List<String> accessories = withAccessories ? accessoriesFor(family, euro) : List.of();
            boolean active = random.nextDouble() >= 0.01;
            var texts = texts(
                    "%s %s %s".formatted(family.de(), seriesName, variant.de()),
                    "%s aus der Serie %s, %s. Material: %s.".formatted(family.de(), seriesName, variant.de(), family.materialDe()),
                    "%s %s %s".formatted(family.en(), seriesName, variant.en()),
                    "%s from the %s series, %s. Material: %s.".formatted(family.en(), seriesName, variant.en(), family.materialEn()));
            var article = new Article(sku, "PHYSICAL", texts, List.of(image(sku, 1), image(sku, 2)), regions, VALID_FROM,
                    validUntil, List.of(), accessories, prices(euro, storeFactor, regions, true, validUntil), active);
            add(article);
            seriesOf.put(sku, seriesName);
            if (active) {
                byFamily.computeIfAbsent(family.key(), k -> new ArrayList<>()).add(article);
            }
            made++;
        }
    }

    private List<String> accessoriesFor(Family family, double euro) {
        var skus = new ArrayList<String>();
        for (String key : family.accessories()) {
            List<Article> candidates = byFamily.getOrDefault(key, List.of());
            if (!candidates.isEmpty() && random.nextDouble() < 0.7) {
                skus.add(candidates.get(random.nextInt(candidates.size())).sku());
            }
        }
        for (String key : family.services()) {
            switch (key) {
                case "assembly" -> skus.add(serviceSkus.get(euro < 150 ? "assembly-S" : euro < 600 ? "assembly-M" : "assembly-L"));
                case "warranty" -> {
                    String band = euro <= 100 ? "100" : euro <= 300 ? "300" : "1000";
                    for (int years = 1; years <= 3; years++) {
                        skus.add(serviceSkus.get("warranty-" + years + "-" + band));
                    }
                }
                case "delivery" -> {
                    skus.add(serviceSkus.get("delivery"));
                    skus.add(serviceSkus.get("delivery-slot"));
                }
                default -> skus.add(serviceSkus.get(key));
            }
        }
        return List.copyOf(skus);
    }

    private void bundles(int count, List<String> series) {
        var used = new HashSet<String>();
        int made = 0;
        while (made < count) {
            BundleTemplate template = BUNDLES.get(made % BUNDLES.size());
            String seriesName = series.get(random.nextInt(series.size()));
            if (!used.add(template.de() + "|" + seriesName)) {
                continue;
            }
            var components = new ArrayList<Component>();
            var parts = new ArrayList<Article>();
            for (Part part : template.parts()) {
                Article article = componentFor(part.family(), seriesName, parts);
                parts.add(article);
                components.add(new Component(article.sku(), part.quantity()));
            }
            var regions = new ArrayList<>(COUNTRIES);
            parts.forEach(p -> regions.retainAll(p.regions()));
            String validUntil = parts.stream().map(Article::validUntil).filter(v -> v != null).min(String::compareTo).orElse(null);

            var prices = new ArrayList<Price>();
            for (String channel : List.of("WEB", "STORE")) {
                for (String currency : currencies(regions)) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int i = 0; i < parts.size(); i++) {
                        sum = sum.add(amount(parts.get(i), channel, currency).multiply(BigDecimal.valueOf(components.get(i).quantity())));
                    }
                    // A set costs 10% less than its parts.
                    prices.add(new Price(channel, currency, charm(sum.doubleValue() * 0.9, currency), VALID_FROM, validUntil));
                }
            }
            String contentsDe = contents(parts, components, "de");
            String contentsEn = contents(parts, components, "en");
            String sku = nextSku();
            add(new Article(sku, "PHYSICAL",
                    texts(template.de() + " " + seriesName, "Set aus " + contentsDe + ".",
                            template.en() + " " + seriesName, "Set of " + contentsEn + "."),
                    List.of(image(sku, 1)), List.copyOf(regions), VALID_FROM, validUntil, List.copyOf(components),
                    List.of(), List.copyOf(prices), true));
            made++;
        }
    }

    /** An active article of the family, preferably from the bundle's series, not yet in the bundle. */
    private Article componentFor(String family, String seriesName, List<Article> taken) {
        List<Article> all = byFamily.getOrDefault(family, List.of()).stream().filter(a -> !taken.contains(a)).toList();
        if (all.isEmpty()) {
            throw new IllegalStateException("no article of family " + family + " for a bundle");
        }
        List<Article> sameSeries = all.stream().filter(a -> seriesName.equals(seriesOf.get(a.sku()))).toList();
        List<Article> from = sameSeries.isEmpty() ? all : sameSeries;
        return from.get(random.nextInt(from.size()));
    }

    private static String contents(List<Article> parts, List<Component> components, String language) {
        var items = new ArrayList<String>();
        for (int i = 0; i < parts.size(); i++) {
            String name = parts.get(i).texts().stream().filter(t -> t.language().equals(language)).findFirst().orElseThrow().name();
            int quantity = components.get(i).quantity();
            items.add(quantity > 1 ? quantity + " × " + name : name);
        }
        return String.join(", ", items);
    }

    /** Always the core markets DE and AT, each other market with a probability: no two articles need match. */
    private List<String> regions() {
        var regions = new ArrayList<String>();
        for (String country : COUNTRIES) {
            double p = switch (country) {
                case "DE", "AT" -> 1.0;
                case "LU" -> 0.6;
                default -> 0.8;
            };
            if (random.nextDouble() < p) {
                regions.add(country);
            }
        }
        return List.copyOf(regions);
    }

    private static List<Text> texts(String nameDe, String descriptionDe, String nameEn, String descriptionEn) {
        return List.of(new Text("de", nameDe, descriptionDe), new Text("en", nameEn, descriptionEn));
    }

    private static String image(String sku, int n) {
        return "https://img.example.com/articles/%s/%d.jpg".formatted(sku, n);
    }

    private String nextSku() {
        return "A-%06d".formatted(articles.size() + 1);
    }

    private void add(Article article) {
        articles.add(article);
    }
}
