package com.omnidom.devstack.demo;

import com.omnidom.devstack.demo.CatalogDocuments.Article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * What the demo retailer sells from stock and how popular each article is. Popularity is a seeded ranking with
 * Zipf-like weights (rank r has weight 1 / r^{@value #ZIPF_EXPONENT}): a few articles sell a lot, most sell rarely.
 * Stock and demo orders use the same ranking, so stores carry what customers buy most.
 */
public final class Assortment {

    public static final double ZIPF_EXPONENT = 0.8;

    private final List<Article> ranked;
    private final Map<String, Integer> ranks = new HashMap<>();
    private final double[] cumulative;

    private Assortment(List<Article> ranked) {
        this.ranked = List.copyOf(ranked);
        this.cumulative = new double[ranked.size()];
        double sum = 0;
        for (int i = 0; i < ranked.size(); i++) {
            ranks.put(ranked.get(i).sku(), i);
            sum += 1 / Math.pow(i + 1, ZIPF_EXPONENT);
            cumulative[i] = sum;
        }
    }

    /** The sellable articles of the retailer on {@code now}, ranked by a popularity drawn from {@code seed}. */
    public static Assortment of(DemoRetailer retailer, long seed, Instant now) {
        var sellable = new ArrayList<Article>();
        for (Article article : retailer.articles()) {
            if (sellable(article, now)) {
                sellable.add(article);
            }
        }
        Collections.shuffle(sellable, new Random(seed));
        if (sellable.isEmpty()) {
            throw new IllegalArgumentException("the retailer sells no physical article on " + now);
        }
        return new Assortment(sellable);
    }

    /** Physical, single (a bundle's stock is its components' stock), active and valid on {@code now}. */
    public static boolean sellable(Article article, Instant now) {
        return stocked(article) && article.active()
                && !Instant.parse(article.validFrom()).isAfter(now)
                && (article.validUntil() == null || Instant.parse(article.validUntil()).isAfter(now));
    }

    /** Articles that have stock of their own: physical and not a bundle. */
    public static boolean stocked(Article article) {
        return article.kind().equals("PHYSICAL") && article.components().isEmpty();
    }

    /** Product family such as {@code chair} or {@code bulb}; null for bundles and other kinds. */
    public static String family(Article article) {
        return ArticleGenerator.familyOf(article);
    }

    /** The article's web price in {@code currency}, e.g. {@code 19.99}. */
    public static Optional<String> webPrice(Article article, String currency) {
        return article.prices().stream()
                .filter(p -> p.channel().equals("WEB") && p.currency().equals(currency))
                .map(CatalogDocuments.Price::amount)
                .findFirst();
    }

    /** Most popular first. */
    public List<Article> ranked() {
        return ranked;
    }

    /** 0 for the most popular article; -1 when the article is not sold. */
    public int rank(String sku) {
        return ranks.getOrDefault(sku, -1);
    }

    /** An article drawn by popularity. */
    public Article draw(Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return ranked.get(low);
    }
}
