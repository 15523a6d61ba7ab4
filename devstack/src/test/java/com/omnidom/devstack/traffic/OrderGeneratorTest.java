package com.omnidom.devstack.traffic;

import com.omnidom.devstack.demo.Assortment;
import com.omnidom.devstack.demo.CatalogDocuments.Article;
import com.omnidom.devstack.demo.CatalogDocuments.Location;
import com.omnidom.routing.lab.cities.Cities;
import com.omnidom.routing.lab.cities.City;
import com.omnidom.devstack.demo.DemoRetailer;
import com.omnidom.devstack.demo.Geography;
import com.omnidom.devstack.demo.StockPlan;
import com.omnidom.devstack.demo.StockPlan.StockLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OrderGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final int ORDERS = 5_000;

    private static List<City> cities;
    private static DemoRetailer retailer;
    private static Assortment assortment;
    private static Map<String, Article> articles;
    private static Map<String, Location> locations;
    private static List<StockLevel> stock;
    private static List<OrderRequest> orders;

    @BeforeAll
    static void generateOnce() {
        cities = Cities.load();
        retailer = DemoRetailer.generate(cities, 42, 60, 3000);
        assortment = Assortment.of(retailer, 42, NOW);
        articles = retailer.articles().stream().collect(Collectors.toMap(Article::sku, Function.identity()));
        locations = retailer.locations().stream().collect(Collectors.toMap(Location::id, Function.identity()));
        stock = StockPlan.plan(retailer, assortment, 42);
        orders = generate(42, ORDERS);
    }

    private static List<OrderRequest> generate(long seed, int count) {
        var generator = new OrderGenerator(cities, retailer.locations(), assortment, stock, seed);
        var result = new ArrayList<OrderRequest>();
        for (int i = 1; i <= count; i++) {
            result.add(generator.next("DEMO-T-%05d".formatted(i)));
        }
        return result;
    }

    @Test
    void sameSeedGivesTheSameOrdersAndAnotherSeedOtherOnes() {
        assertThat(generate(42, 200)).isEqualTo(orders.subList(0, 200));
        assertThat(generate(43, 200)).isNotEqualTo(orders.subList(0, 200));
    }

    @Test
    void everyOrderIsAWellFormedWebShopOrderPaidByOneCardTenderOfItsTotal() {
        assertThat(orders).allSatisfy(order -> {
            assertThat(order.channel()).isEqualTo("WEB_SHOP");
            assertThat(order.lines()).hasSizeBetween(1, 3);
            assertThat(order.lines().stream().map(OrderRequest.Line::sku).distinct().count()).isEqualTo(order.lines().size());
            String country = order.delivery().address().country();
            assertThat(order.currency()).isEqualTo(Geography.currency(country));
            BigDecimal total = BigDecimal.ZERO;
            for (OrderRequest.Line line : order.lines()) {
                Article article = articles.get(line.sku());
                assertThat(Assortment.sellable(article, NOW)).isTrue();
                assertThat(article.regions()).contains(country);
                assertThat(line.unitPrice()).isEqualTo(Assortment.webPrice(article, order.currency()).orElseThrow());
                assertThat(line.taxRate()).isEqualTo(OrderGenerator.VAT.get(country));
                assertThat(line.quantity()).isBetween(1, 3);
                total = total.add(new BigDecimal(line.unitPrice()).multiply(BigDecimal.valueOf(line.quantity())));
            }
            assertThat(order.tenders()).hasSize(1);
            OrderRequest.Tender tender = order.tenders().getFirst();
            assertThat(tender.type()).isEqualTo("CARD");
            assertThat(new BigDecimal(tender.amount())).isEqualByComparingTo(total);
            assertThat(tender.reference()).matches("AUTH-[0-9A-F]{12}");
            assertThat(order.customer().language()).isIn("de", "en");
            assertThat(order.customer().email()).matches("[a-z0-9.]+[0-9]+@example\\.com");
            assertThat(order.customer().customerId()).matches("CUST-\\d{6}");
        });
    }

    @Test
    void aboutOneOrderInFiveIsCollectedAtTheStoreNearestTheCustomerWhichHasTheArticles() {
        var generator = new OrderGenerator(cities, retailer.locations(), assortment, stock, 42);
        Map<String, Integer> onHand = stock.stream()
                .collect(Collectors.toMap(l -> l.locationId() + "|" + l.sku(), StockLevel::onHand));
        List<OrderRequest> pickups = orders.stream().filter(o -> o.delivery().mode().equals("PICKUP")).toList();

        assertThat(pickups.size() / (double) ORDERS).isCloseTo(0.2, within(0.02));
        assertThat(pickups).allSatisfy(order -> {
            Location store = locations.get(order.delivery().pickupLocationId());
            assertThat(store.type()).isEqualTo("STORE");
            assertThat(store).isEqualTo(generator.nearestStore(order.delivery().geo()));
            assertThat(order.lines()).allSatisfy(line -> assertThat(onHand.getOrDefault(store.id() + "|" + line.sku(), 0))
                    .isGreaterThanOrEqualTo(line.quantity()));
        });
        assertThat(orders.stream().filter(o -> o.delivery().mode().equals("SHIP")))
                .allSatisfy(o -> assertThat(o.delivery().pickupLocationId()).isNull());
    }

    @Test
    void customersLiveWhereThePeopleLiveNearTheirCity() {
        Map<String, Long> byCountry = orders.stream()
                .collect(Collectors.groupingBy(o -> o.delivery().address().country(), Collectors.counting()));
        Map<String, Long> population = new HashMap<>();
        cities.forEach(c -> population.merge(c.country(), c.population(), Long::sum));
        long total = population.values().stream().mapToLong(Long::longValue).sum();
        // each country's share of orders follows its share of the (urban) population
        population.forEach((country, people) -> assertThat(byCountry.getOrDefault(country, 0L) / (double) ORDERS)
                .as(country).isCloseTo(people / (double) total, within(0.025)));

        var generator = new OrderGenerator(cities, retailer.locations(), assortment, stock, 42);
        for (int n = 1; n <= 300; n++) {
            OrderGenerator.Person person = generator.customer(n);
            assertThat(generator.customer(n)).isEqualTo(person);
            assertThat(OrderGenerator.distanceKm(person.geo().latitude(), person.geo().longitude(),
                    person.city().geo().latitude(), person.city().geo().longitude())).isLessThan(5);
            assertThat(person.address().city()).isEqualTo(person.city().name());
        }
    }

    @Test
    void popularArticlesSellMostOrdersMostlyHaveOneLine() {
        Map<String, Long> lines = orders.stream().flatMap(o -> o.lines().stream())
                .collect(Collectors.groupingBy(OrderRequest.Line::sku, Collectors.counting()));
        long all = lines.values().stream().mapToLong(Long::longValue).sum();
        long topTen = assortment.ranked().subList(0, 10).stream().mapToLong(a -> lines.getOrDefault(a.sku(), 0L)).sum();

        assertThat(topTen / (double) all).isBetween(0.08, 0.25);
        assertThat(lines.size()).isGreaterThan(500);
        assertThat(orders.stream().mapToInt(o -> o.lines().size()).average().orElseThrow()).isBetween(1.4, 1.7);
        assertThat(orders.stream().filter(OrderRequest::priority).count() / (double) ORDERS).isLessThan(0.05);
    }
}
