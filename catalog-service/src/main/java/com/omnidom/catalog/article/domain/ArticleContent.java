package com.omnidom.catalog.article.domain;

import com.omnidom.catalog.shared.domain.Checks;
import com.omnidom.kernel.RuleViolation.Violation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything about an article that a client sets; the aggregate adds id, version and timestamps.
 * Lists are never null. Two contents are equal exactly when a re-import would change nothing.
 */
public record ArticleContent(
        ArticleKind kind,
        List<ArticleText> texts,
        List<String> imageUrls,
        List<String> regions,
        Instant validFrom,
        Instant validUntil,
        List<Component> components,
        List<String> accessories,
        List<Price> prices,
        boolean active,
        TaxCategory taxCategory) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    /** Content of the standard tax category. */
    public ArticleContent(ArticleKind kind, List<ArticleText> texts, List<String> imageUrls, List<String> regions,
                          Instant validFrom, Instant validUntil, List<Component> components, List<String> accessories,
                          List<Price> prices, boolean active) {
        this(kind, texts, imageUrls, regions, validFrom, validUntil, components, accessories, prices, active,
                TaxCategory.STANDARD);
    }

    public ArticleContent {
        if (taxCategory == null) taxCategory = TaxCategory.STANDARD;
        texts = texts == null ? List.of() : List.copyOf(texts);
        imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
        regions = regions == null ? List.of() : List.copyOf(regions);
        components = components == null ? List.of() : List.copyOf(components);
        accessories = accessories == null ? List.of() : List.copyOf(accessories);
        prices = prices == null ? List.of() : List.copyOf(prices);
        // the database keeps microseconds: truncate so a stored article equals the content it was saved from
        validFrom = micros(validFrom);
        validUntil = micros(validUntil);
        prices = prices.stream().map(p -> new Price(p.channel(), p.currency(), p.amount(),
                micros(p.validFrom()), micros(p.validUntil()))).toList();
    }

    /** Every rule this content breaks as the content of article {@code sku}; existence of referenced articles is checked by the caller. */
    public List<Violation> violations(Sku sku) {
        Checks checks = new Checks();
        checks.check(kind != null, "kind", "is required");
        checkTexts(checks);
        for (int i = 0; i < imageUrls.size(); i++) {
            checks.check(isWebUrl(imageUrls.get(i)), "imageUrls[" + i + "]", "must be an absolute http or https URL");
        }
        Set<String> seenRegions = new HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            String region = regions.get(i);
            checks.check(Checks.isCountry(region), "regions[" + i + "]", "must be an ISO 3166-1 alpha-2 country code, e.g. DE");
            checks.check(seenRegions.add(region), "regions[" + i + "]", "is listed twice");
        }
        checks.validity(validFrom, validUntil, "validUntil");
        checkComponents(sku, checks);
        Set<String> seenAccessories = new HashSet<>();
        for (int i = 0; i < accessories.size(); i++) {
            String accessory = accessories.get(i);
            String field = "accessories[" + i + "]";
            checks.check(Checks.isId(accessory), field, "is not a valid SKU");
            checks.check(!sku.value().equals(accessory), field, "an article cannot be its own accessory");
            checks.check(seenAccessories.add(accessory), field, "is listed twice");
        }
        checkPrices(checks);
        return checks.violations();
    }

    private void checkTexts(Checks checks) {
        checks.check(!texts.isEmpty(), "texts", "at least one text (language and name) is required");
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            ArticleText text = texts.get(i);
            String prefix = "texts[" + i + "].";
            checks.check(text.language() != null && LANGUAGE.matcher(text.language()).matches(), prefix + "language",
                    "must be a BCP 47 language tag such as de or de-CH");
            checks.check(languages.add(text.language()), prefix + "language", "has a text already");
            checks.check(text.name() != null && !text.name().isBlank(), prefix + "name", "is required");
        }
    }

    private void checkComponents(Sku sku, Checks checks) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            String prefix = "components[" + i + "].";
            checks.check(Checks.isId(component.sku()), prefix + "sku", "is not a valid SKU");
            checks.check(!sku.value().equals(component.sku()), prefix + "sku", "a bundle cannot contain itself");
            checks.check(seen.add(component.sku()), prefix + "sku", "is listed twice; add up the quantities");
            checks.check(component.quantity() >= 1, prefix + "quantity", "must be at least 1");
        }
    }

    private void checkPrices(Checks checks) {
        for (int i = 0; i < prices.size(); i++) {
            Price price = prices.get(i);
            String prefix = "prices[" + i + "].";
            checks.check(price.channel() != null && CHANNEL.matcher(price.channel()).matches(), prefix + "channel",
                    "must be 1 to 32 letters, digits, '.', '_' or '-'");
            Currency currency = Checks.currency(price.currency());
            checks.check(currency != null, prefix + "currency", "must be an ISO 4217 currency code, e.g. EUR");
            checks.money(price.amount(), currency, prefix + "amount");
            checks.validity(price.validFrom(), price.validUntil(), prefix + "validUntil");
            for (int j = 0; j < i; j++) {
                Price earlier = prices.get(j);
                if (earlier.channel() != null && earlier.channel().equals(price.channel())
                        && earlier.currency() != null && earlier.currency().equals(price.currency())
                        && Checks.overlap(earlier.validFrom(), earlier.validUntil(), price.validFrom(), price.validUntil())) {
                    checks.add(new Violation(prefix + "validFrom", "overlaps the validity of prices[" + j + "] for "
                            + price.channel() + " " + price.currency()));
                    break;
                }
            }
        }
    }

    /** This content with amounts in the currency's scale; call only on content without violations. */
    ArticleContent normalized() {
        List<Price> scaled = prices.stream().map(p -> new Price(p.channel(), p.currency(),
                Checks.normalized(p.amount(), Checks.currency(p.currency())), p.validFrom(), p.validUntil())).toList();
        return new ArticleContent(kind, texts, imageUrls, regions, validFrom, validUntil, components, accessories, scaled, active, taxCategory);
    }

    /** SKUs this content refers to: components and accessories. */
    public Set<String> referencedSkus() {
        Set<String> skus = new HashSet<>(accessories);
        components.forEach(c -> skus.add(c.sku()));
        return skus;
    }

    private static boolean isWebUrl(String value) {
        if (value == null) return false;
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
