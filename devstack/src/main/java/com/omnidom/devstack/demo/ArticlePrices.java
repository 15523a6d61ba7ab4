package com.omnidom.devstack.demo;

import com.omnidom.devstack.demo.CatalogDocuments.Article;
import com.omnidom.devstack.demo.CatalogDocuments.Price;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static com.omnidom.devstack.demo.ArticleGenerator.VALID_FROM;

/** The demo articles' prices: currencies per region, charm prices, round service prices, shelf-price conversion. */
final class ArticlePrices {

    private ArticlePrices() {
    }

    static BigDecimal amount(Article article, String channel, String currency) {
        return article.prices().stream()
                .filter(p -> p.channel().equals(channel) && p.currency().equals(currency))
                .map(p -> new BigDecimal(p.amount()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(article.sku() + " has no " + channel + " " + currency + " price"));
    }

    static List<String> currencies(List<String> regions) {
        var currencies = new LinkedHashSet<String>();
        currencies.add("EUR");
        if (regions.contains("CH")) {
            currencies.add("CHF");
        }
        if (regions.contains("PL")) {
            currencies.add("PLN");
        }
        return List.copyOf(currencies);
    }

    /** Charm prices: EUR and PLN end in .99, CHF in .90; the store price is the web price or 5% above. */
    static List<Price> prices(double euro, double storeFactor, List<String> regions, boolean inStores, String validUntil) {
        var prices = new ArrayList<Price>();
        var channels = inStores ? List.of("WEB", "STORE") : List.of("WEB");
        for (String channel : channels) {
            double factor = channel.equals("STORE") ? storeFactor : 1.0;
            for (String currency : currencies(regions)) {
                prices.add(new Price(channel, currency, charm(euro * rate(currency) * factor, currency), VALID_FROM, validUntil));
            }
        }
        return List.copyOf(prices);
    }

    /** Services have round prices, the same in both channels. */
    static List<Price> fixedPrices(double euro, List<String> regions, boolean inStores) {
        var prices = new ArrayList<Price>();
        for (String channel : inStores ? List.of("WEB", "STORE") : List.of("WEB")) {
            for (String currency : currencies(regions)) {
                prices.add(new Price(channel, currency, Math.round(euro * rate(currency)) + ".00", VALID_FROM, null));
            }
        }
        return List.copyOf(prices);
    }

    /** Shelf-price conversion: Swiss prices sit a little above euro prices, Polish ones at the exchange rate. */
    static double rate(String currency) {
        return switch (currency) {
            case "CHF" -> 1.05;
            case "PLN" -> 4.30;
            default -> 1.0;
        };
    }

    static String charm(double value, String currency) {
        double ending = currency.equals("CHF") ? 0.10 : 0.01;
        long whole = value >= 100 ? Math.round(value / 10) * 10 : Math.round(value);
        return LocationGenerator.money(Math.max(1, whole) - ending);
    }
}
