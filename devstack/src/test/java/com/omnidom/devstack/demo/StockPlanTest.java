package com.omnidom.devstack.demo;

import com.omnidom.routing.lab.cities.Cities;
import com.omnidom.devstack.demo.CatalogDocuments.Article;
import com.omnidom.devstack.demo.CatalogDocuments.Location;
import com.omnidom.devstack.demo.StockPlan.StockLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class StockPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static DemoRetailer retailer;
    private static Assortment assortment;
    private static List<StockLevel> plan;
    private static Map<String, Article> articles;
    private static Map<String, Location> locations;

    @BeforeAll
    static void generateOnce() {
        retailer = DemoRetailer.generate(Cities.load(), 42, 60, 3000);
        assortment = Assortment.of(retailer, 42, NOW);
        plan = StockPlan.plan(retailer, assortment, 42);
        articles = retailer.articles().stream().collect(Collectors.toMap(Article::sku, Function.identity()));
        locations = retailer.locations().stream().collect(Collectors.toMap(Location::id, Function.identity()));
    }

    @Test
    void sameSeedGivesTheSameStockAndAnotherSeedOtherStock() {
        assertThat(StockPlan.plan(retailer, Assortment.of(retailer, 42, NOW), 42)).isEqualTo(plan);
        assertThat(StockPlan.plan(retailer, Assortment.of(retailer, 43, NOW), 43)).isNotEqualTo(plan);
    }

    @Test
    void onlySinglePhysicalArticlesAtKnownLocationsGetStock() {
        assertThat(plan).allSatisfy(level -> {
            Article article = articles.get(level.sku());
            assertThat(article.kind()).isEqualTo("PHYSICAL");
            assertThat(article.components()).isEmpty();
            assertThat(locations).containsKey(level.locationId());
            assertThat(level.onHand()).isPositive();
        });
        assertThat(plan.stream().map(l -> l.locationId() + "|" + l.sku()).distinct().count()).isEqualTo(plan.size());
    }

    @Test
    void warehousesCarryMostArticlesInDepth() {
        long stocked = retailer.articles().stream().filter(Assortment::stocked).count();
        Map<String, List<StockLevel>> byWarehouse = plan.stream().filter(l -> l.locationId().startsWith("WH-"))
                .collect(Collectors.groupingBy(StockLevel::locationId));
        assertThat(byWarehouse).hasSize(3);
        byWarehouse.values().forEach(levels -> {
            assertThat(levels.size()).isGreaterThan((int) (stocked * 0.8));
            assertThat(levels.stream().mapToInt(StockLevel::onHand).average().orElseThrow()).isGreaterThan(50);
        });
    }

    @Test
    void storesCarryAPopularSubsetOfTheirCountrysRangeInSmallQuantities() {
        Map<String, List<StockLevel>> byStore = plan.stream().filter(l -> l.locationId().startsWith("STORE-"))
                .collect(Collectors.groupingBy(StockLevel::locationId));
        assertThat(byStore).hasSize(60);
        byStore.forEach((store, levels) -> {
            String country = locations.get(store).address().country();
            assertThat(levels.size()).isBetween(100, StockPlan.STORE_RANGE);
            assertThat(levels).allSatisfy(level -> {
                assertThat(assortment.rank(level.sku())).isBetween(0, StockPlan.STORE_RANGE - 1);
                assertThat(articles.get(level.sku()).regions()).contains(country);
                assertThat(level.onHand()).isBetween(1, 15);
            });
        });
    }

    @Test
    void dropShippersCarryOnlyTheirOwnRange() {
        Map<String, List<StockLevel>> byPartner = plan.stream().filter(l -> l.locationId().startsWith("DS-"))
                .collect(Collectors.groupingBy(l -> locations.get(l.locationId()).partnerId()));
        assertThat(byPartner.keySet()).containsExactlyInAnyOrderElementsOf(StockPlan.PARTNER_FAMILIES.keySet());
        byPartner.forEach((partner, levels) -> {
            Set<String> range = StockPlan.PARTNER_FAMILIES.get(partner);
            assertThat(levels).hasSizeGreaterThan(50)
                    .allSatisfy(level -> assertThat(range).contains(Assortment.family(articles.get(level.sku()))));
        });
    }

    @Test
    void everySinglePhysicalArticleHasAFamily() {
        assertThat(retailer.articles().stream().filter(Assortment::stocked))
                .allSatisfy(article -> assertThat(Assortment.family(article)).as(article.sku()).isNotNull());
    }

    @Test
    void popularityIsZipfLike() {
        var random = new Random(1);
        var counts = new HashMap<String, Integer>();
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            counts.merge(assortment.draw(random).sku(), 1, Integer::sum);
        }
        List<Article> ranked = assortment.ranked();
        int first = counts.getOrDefault(ranked.get(0).sku(), 0);
        int tenth = counts.getOrDefault(ranked.get(9).sku(), 0);
        // weight 1/r^0.8: rank 1 about 6x rank 10, and the top 10% of articles about half the sales
        assertThat((double) first / tenth).isBetween(4.5, 8.0);
        long top = ranked.subList(0, ranked.size() / 10).stream().mapToLong(a -> counts.getOrDefault(a.sku(), 0)).sum();
        assertThat((double) top / draws).isBetween(0.4, 0.6);
        assertThat(ranked).allSatisfy(a -> assertThat(Assortment.sellable(a, NOW)).isTrue());
    }
}
