package com.omnidom.devstack.demo;

import com.omnidom.routing.lab.cities.City;
import com.omnidom.routing.lab.cities.Cities;
import com.omnidom.devstack.demo.CatalogDocuments.Article;
import com.omnidom.devstack.demo.CatalogDocuments.Location;

import java.util.List;
import java.util.Random;

/**
 * A plausible European omnichannel retailer: its delivery locations and its assortment. The same seed always gives
 * the same retailer; locations and articles draw from separate streams, so more articles do not move the stores.
 */
public record DemoRetailer(List<Location> locations, List<Article> articles) {

    public static final int DEFAULT_STORES = 60;
    public static final int DEFAULT_ARTICLES = 3000;

    public static DemoRetailer generate(long seed) {
        return generate(Cities.load(), seed, DEFAULT_STORES, DEFAULT_ARTICLES);
    }

    public static DemoRetailer generate(List<City> cities, long seed, int stores, int articles) {
        var seeds = new Random(seed);
        long locationSeed = seeds.nextLong();
        long articleSeed = seeds.nextLong();
        return new DemoRetailer(new LocationGenerator(locationSeed).generate(cities, stores),
                new ArticleGenerator(articleSeed).generate(cities, articles));
    }

    /** Only the locations of {@link #generate(List, long, int, int)}: the same ids, without generating articles. */
    public static List<Location> locations(List<City> cities, long seed, int stores) {
        return new LocationGenerator(new Random(seed).nextLong()).generate(cities, stores);
    }

    /** Articles without components, in dependency order: importable on their own. */
    public List<Article> singleArticles() {
        return articles.stream().filter(a -> a.components().isEmpty()).toList();
    }

    /** Bundles reference other articles as components, so they are imported after those. */
    public List<Article> bundles() {
        return articles.stream().filter(a -> !a.components().isEmpty()).toList();
    }

    public long locationsOfType(String type) {
        return locations.stream().filter(l -> l.type().equals(type)).count();
    }

    public long articlesOfKind(String kind) {
        return articles.stream().filter(a -> a.kind().equals(kind)).count();
    }
}
