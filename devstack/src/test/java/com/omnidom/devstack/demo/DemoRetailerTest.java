package com.omnidom.devstack.demo;

import com.omnidom.routing.lab.cities.City;
import com.omnidom.routing.lab.cities.Cities;
import com.omnidom.devstack.demo.CatalogDocuments.Article;
import com.omnidom.devstack.demo.CatalogDocuments.Location;
import com.omnidom.devstack.demo.CatalogDocuments.Price;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRetailerTest {

    private static List<City> cities;
    private static DemoRetailer seed42;

    @BeforeAll
    static void generateOnce() {
        cities = Cities.load();
        seed42 = DemoRetailer.generate(cities, 42, 60, 3000);
    }

    @Test
    void bundledCityTableIsComplete() {
        assertThat(cities).hasSize(3949);
        assertThat(cities).extracting(City::country).containsOnly(ArticleGenerator.COUNTRIES.toArray(String[]::new));
    }

    @Test
    void hasTheRequestedNumbersOfEachKind() {
        DemoRetailer retailer = seed42;

        assertThat(retailer.locationsOfType("WAREHOUSE")).isEqualTo(3);
        assertThat(retailer.locationsOfType("STORE")).isEqualTo(60);
        assertThat(retailer.locationsOfType("DROP_SHIPPER")).isEqualTo(3);
        assertThat(retailer.articles()).hasSize(3000);
        assertThat(retailer.articlesOfKind("PHYSICAL")).isGreaterThan(2800);
        assertThat(retailer.bundles()).hasSize(120);
        assertThat(retailer.articlesOfKind("SERVICE")).isBetween(10L, 50L);
        assertThat(retailer.articlesOfKind("GIFT_CARD")).isBetween(5L, 20L);
        assertThat(retailer.articlesOfKind("DIGITAL_RIGHT")).isBetween(10L, 50L);
        assertThat(retailer.articles().stream().filter(a -> !a.accessories().isEmpty()).count()).isGreaterThan(1000);
    }

    @Test
    void sameSeedGivesTheSameRetailerAndAnotherSeedAnotherOne() {
        DemoRetailer first = seed42;
        DemoRetailer again = DemoRetailer.generate(cities, 42, 60, 3000);
        DemoRetailer other = DemoRetailer.generate(cities, 43, 60, 3000);

        assertThat(again).isEqualTo(first);
        assertThat(DemoData.lines(again.articles())).isEqualTo(DemoData.lines(first.articles()));
        assertThat(other.locations()).isNotEqualTo(first.locations());
        assertThat(other.articles()).isNotEqualTo(first.articles());
    }

    @Test
    void moreArticlesDoNotMoveTheStores() {
        assertThat(DemoRetailer.generate(cities, 42, 60, 1000).locations())
                .isEqualTo(seed42.locations());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 2026, -7})
    void storesAreInTheMostPopulousCities(long seed) {
        List<City> places = LocationGenerator.mergeDistricts(cities);
        Set<String> candidates = places.stream().limit(LocationGenerator.CANDIDATE_CITIES).map(DemoRetailerTest::key)
                .collect(Collectors.toSet());
        Map<String, City> largestPerCountry = new HashMap<>();
        places.forEach(c -> largestPerCountry.putIfAbsent(c.country(), c));
        largestPerCountry.values().forEach(c -> candidates.add(key(c)));

        List<Location> stores = DemoRetailer.generate(cities, seed, 60, 500).locations().stream()
                .filter(l -> l.type().equals("STORE")).toList();
        Map<String, Long> perCity = stores.stream()
                .collect(Collectors.groupingBy(s -> s.address().country() + "/" + s.address().city(), Collectors.counting()));

        assertThat(perCity.keySet()).allMatch(candidates::contains);
        assertThat(perCity.values()).allMatch(n -> n <= LocationGenerator.MAX_STORES_PER_CITY);
        assertThat(places.subList(0, 10)).allMatch(c -> perCity.containsKey(key(c)));
        assertThat(stores).extracting(s -> s.address().country())
                .containsAll(ArticleGenerator.COUNTRIES);
        // Drawn by population: the big cities hold most of the stores.
        long inTop50 = places.stream().limit(50).mapToLong(c -> perCity.getOrDefault(key(c), 0L)).sum();
        assertThat(inTop50).isGreaterThan(35);
    }

    @Test
    void storesHaveHoursCapabilitiesAndTheChristmasException() {
        for (Location store : seed42.locations()) {
            if (!store.type().equals("STORE")) {
                continue;
            }
            assertThat(store.id()).matches("STORE-[A-Z]{2}-[A-Z0-9-]+-0[1-3]");
            assertThat(store.openingHours()).extracting(CatalogDocuments.OpeningHours::day)
                    .containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY");
            assertThat(store.openingExceptions()).anyMatch(e -> e.date().equals("2026-12-25") && e.closed()
                    && e.opens() == null && e.closes() == null);
            assertThat(store.capabilities()).containsExactly("SHIP", "PICKUP", "SHIP_TO_STORE", "ACCEPT_RETURNS");
            assertThat(store.capacity().ordersPerDay()).isPositive();
            assertThat(store.costProfile().currency()).isEqualTo(LocationGenerator.currency(store.address().country()));
            assertThat(store.costProfile().distanceBands()).isNotEmpty();
        }
        List<Location> locations = seed42.locations();
        assertThat(locations).extracting(Location::id).doesNotHaveDuplicates();
        assertThat(locations).filteredOn(l -> l.type().equals("WAREHOUSE"))
                .allMatch(l -> l.capabilities().equals(List.of("SHIP", "ACCEPT_RETURNS")))
                .extracting(l -> l.address().country()).containsExactly("DE", "FR", "PL");
        assertThat(locations).filteredOn(l -> l.type().equals("DROP_SHIPPER"))
                .hasSize(3)
                .allMatch(l -> l.capabilities().equals(List.of("SHIP")) && l.partnerId() != null);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 2026})
    void everyReferenceGoesToAnEarlierActiveSingleArticle(long seed) {
        List<Article> articles = DemoRetailer.generate(cities, seed, 60, 3000).articles();
        Map<String, Article> seen = new HashMap<>();
        boolean inBundles = false;
        for (Article article : articles) {
            boolean bundle = !article.components().isEmpty();
            assertThat(bundle || !inBundles).as("bundles come last").isTrue();
            inBundles |= bundle;
            for (var component : article.components()) {
                Article target = seen.get(component.sku());
                assertThat(target).as(article.sku() + " component " + component.sku()).isNotNull();
                assertThat(target.active()).isTrue();
                assertThat(target.components()).isEmpty();
                assertThat(article.regions()).isSubsetOf(target.regions());
            }
            for (String accessory : article.accessories()) {
                assertThat(seen).as(article.sku() + " accessory " + accessory).containsKey(accessory);
            }
            assertThat(seen.put(article.sku(), article)).as("duplicate " + article.sku()).isNull();
        }
    }

    @Test
    void everyArticleHasTextsRegionsAndPricesForItsMarkets() {
        for (Article article : seed42.articles()) {
            assertThat(article.sku()).matches("A-\\d{6}");
            assertThat(article.texts()).extracting(CatalogDocuments.Text::language).containsExactly("de", "en");
            assertThat(article.texts()).allMatch(t -> !t.name().isBlank() && !t.description().isBlank());
            assertThat(article.regions()).isNotEmpty().isSubsetOf(ArticleGenerator.COUNTRIES);
            assertThat(article.prices()).allMatch(p -> p.amount().matches("\\d+\\.\\d{2}") && !p.amount().equals("0.00"));
            Set<String> currencies = new HashSet<>(article.prices().stream().map(Price::currency).toList());
            assertThat(currencies.contains("CHF")).isEqualTo(article.regions().contains("CH"));
            assertThat(currencies.contains("PLN")).isEqualTo(article.regions().contains("PL"));
            if (!article.kind().equals("DIGITAL_RIGHT")) {
                assertThat(article.prices()).extracting(Price::channel).contains("WEB", "STORE");
            }
        }
    }

    @Test
    void serialisesToTheCatalogWireFormat() {
        DemoRetailer retailer = seed42;
        String article = DemoData.lines(retailer.articles()).getFirst();
        String store = DemoData.lines(retailer.locations()).get(3);

        assertThat(article).startsWith("{\"sku\":\"A-000001\"").contains("\"validFrom\":\"2026-01-01T00:00:00Z\"",
                "\"validUntil\":null", "\"channel\":\"WEB\"", "\"currency\":\"EUR\"", "\"components\":[]").doesNotContain("\n");
        assertThat(article).containsPattern("\"amount\":\"\\d+\\.\\d{2}\"");
        assertThat(store).contains("\"type\":\"STORE\"", "\"day\":\"MONDAY\"", "\"opens\":\"",
                "{\"date\":\"2026-12-25\",\"closed\":true,\"opens\":null,\"closes\":null}", "\"partnerId\":null",
                "\"distanceBands\":[{\"upToKm\":");
    }

    @Test
    void slugsAreAsciiIds() {
        assertThat(LocationGenerator.slug("Łódź")).isEqualTo("LODZ");
        assertThat(LocationGenerator.slug("Halle (Saale)")).isEqualTo("HALLE-SAALE");
        assertThat(LocationGenerator.slug("Düsseldorf")).isEqualTo("DUSSELDORF");
        assertThat(LocationGenerator.slug("Gasteiz / Vitoria")).isEqualTo("GASTEIZ-VITORIA");
    }

    private static String key(City city) {
        return city.country() + "/" + city.name();
    }
}
