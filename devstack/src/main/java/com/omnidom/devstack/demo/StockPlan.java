package com.omnidom.devstack.demo;

import com.omnidom.devstack.demo.CatalogDocuments.Article;
import com.omnidom.devstack.demo.CatalogDocuments.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Opening stock of the demo retailer, as an inventory system would get it from a stock count: warehouses carry most
 * physical articles in depth, stores a popular subset of their country's range in small quantities, drop shippers
 * their own range (furniture, lighting, outdoor). Only single physical articles get stock. Pure and seeded.
 */
public final class StockPlan {

    /** Stores carry articles from this many most popular ones. */
    static final int STORE_RANGE = 400;
    static final double WAREHOUSE_COVERAGE_TOP = 0.97;
    static final double WAREHOUSE_COVERAGE_TAIL = 0.8;
    static final double STORE_COVERAGE = 0.7;
    static final double DROP_SHIPPER_COVERAGE = 0.95;

    /** Each drop-ship partner's range, by product family. */
    static final Map<String, Set<String>> PARTNER_FAMILIES = Map.of(
            "PARTNER-NORDHOLZ", Set.of("chair", "table", "shelf", "sidetable", "sofa", "bed", "feltpads", "careoil"),
            "PARTNER-LUMEN", Set.of("floorlamp", "tablelamp", "pendant", "walllamp", "bulb", "shade"),
            "PARTNER-BERGWERK", Set.of("backpack", "tent", "sleepingbag", "boots", "jacket", "bottle", "raincover",
                    "pegs", "spray"));

    /** One line of a stock import: the quantity on hand of an article at a location. */
    public record StockLevel(String locationId, String sku, int onHand) {
    }

    private StockPlan() {
    }

    public static List<StockLevel> plan(DemoRetailer retailer, Assortment assortment, long seed) {
        var random = new Random(seed);
        List<Article> stocked = retailer.articles().stream().filter(Assortment::stocked).toList();
        int sold = assortment.ranked().size();
        var levels = new ArrayList<StockLevel>();
        for (Location location : retailer.locations()) {
            if (!location.active()) {
                continue;
            }
            switch (location.type()) {
                case "WAREHOUSE" -> {
                    for (Article article : stocked) {
                        int rank = assortment.rank(article.sku());
                        boolean top = rank >= 0 && rank < sold * 0.3;
                        if (random.nextDouble() < (top ? WAREHOUSE_COVERAGE_TOP : WAREHOUSE_COVERAGE_TAIL)) {
                            int onHand = rank >= 0 && rank < sold * 0.05 ? between(random, 300, 800)
                                    : top ? between(random, 80, 300) : between(random, 10, 100);
                            levels.add(new StockLevel(location.id(), article.sku(), onHand));
                        }
                    }
                }
                case "STORE" -> {
                    String country = location.address().country();
                    for (Article article : assortment.ranked().subList(0, Math.min(STORE_RANGE, sold))) {
                        if (article.regions().contains(country) && random.nextDouble() < STORE_COVERAGE) {
                            int rank = assortment.rank(article.sku());
                            levels.add(new StockLevel(location.id(), article.sku(),
                                    rank < 50 ? between(random, 4, 15) : between(random, 1, 6)));
                        }
                    }
                }
                case "DROP_SHIPPER" -> {
                    Set<String> range = PARTNER_FAMILIES.getOrDefault(location.partnerId(), Set.of());
                    for (Article article : stocked) {
                        if (range.contains(Assortment.family(article)) && random.nextDouble() < DROP_SHIPPER_COVERAGE) {
                            levels.add(new StockLevel(location.id(), article.sku(), between(random, 20, 120)));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return List.copyOf(levels);
    }

    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
