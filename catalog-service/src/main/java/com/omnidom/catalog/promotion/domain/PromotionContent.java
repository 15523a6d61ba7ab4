package com.omnidom.catalog.promotion.domain;

import com.omnidom.catalog.shared.domain.Checks;
import com.omnidom.kernel.RuleViolation.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything about a promotion that a client sets; the aggregate adds id, version and timestamps. Lists are never
 * null. {@code code} null: automatic (every order meeting the conditions gets it); else a coupon the order must name.
 * {@code channels} are the catalog's price channels (WEB, STORE, ...), empty = every channel.
 */
public record PromotionContent(
        String code,
        List<PromotionName> names,
        Instant validFrom,
        Instant validUntil,
        List<String> channels,
        String currency,
        PromotionKind kind,
        BigDecimal percent,
        BigDecimal amount,
        BigDecimal minimumOrderValue,
        List<String> skus,
        Integer minimumQuantity,
        boolean active) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Finer percentages than this are not a retailer's; bounds the rounding work downstream too. */
    private static final int PERCENT_DECIMALS = 4;

    public PromotionContent {
        names = names == null ? List.of() : List.copyOf(names);
        channels = channels == null ? List.of() : List.copyOf(channels);
        skus = skus == null ? List.of() : List.copyOf(skus);
        // codes are compared case-insensitively: customers type them as they like
        code = code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
        validFrom = micros(validFrom);
        validUntil = micros(validUntil);
    }

    /** Every rule this content breaks; that the SKUs exist and the code is free is checked by the caller. */
    public List<Violation> violations() {
        Checks checks = new Checks();
        checks.check(code == null || CODE.matcher(code).matches(), "code", "must be 1 to 32 letters, digits, '_' or '-'");
        checkNames(checks);
        checks.validity(validFrom, validUntil, "validUntil");
        Set<String> seenChannels = new HashSet<>();
        for (int i = 0; i < channels.size(); i++) {
            String channel = channels.get(i);
            checks.check(channel != null && CHANNEL.matcher(channel).matches(), "channels[" + i + "]",
                    "must be 1 to 32 letters, digits, '.', '_' or '-'");
            checks.check(seenChannels.add(channel), "channels[" + i + "]", "is listed twice");
        }
        Currency money = Checks.currency(currency);
        checks.check(money != null, "currency", "must be an ISO 4217 currency code, e.g. EUR");
        checks.check(kind != null, "kind", "is required");
        if (kind != null) checkBenefit(checks, money);
        return checks.violations();
    }

    private void checkNames(Checks checks) {
        checks.check(!names.isEmpty(), "names", "at least one name is required");
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            PromotionName name = names.get(i);
            String prefix = "names[" + i + "].";
            checks.check(name.language() == null || LANGUAGE.matcher(name.language()).matches(), prefix + "language",
                    "must be a BCP 47 language tag such as de or de-CH, or absent for every language");
            checks.check(languages.add(String.valueOf(name.language())), prefix + "language", "has a name already");
            checks.check(name.name() != null && !name.name().isBlank(), prefix + "name", "is required");
        }
    }

    private void checkBenefit(Checks checks, Currency money) {
        if (kind.percent()) {
            checks.check(percent != null, "percent", "is required for " + kind);
            if (percent != null) {
                checks.check(percent.signum() > 0 && percent.compareTo(HUNDRED) <= 0, "percent",
                        "must be more than 0 and at most 100");
                checks.check(percent.stripTrailingZeros().scale() <= PERCENT_DECIMALS, "percent",
                        "must have at most " + PERCENT_DECIMALS + " decimals");
            }
            checks.check(amount == null, "amount", "is for the AMOUNT kinds only");
        } else {
            checks.check(percent == null, "percent", "is for the PERCENT kinds only");
            checks.money(amount, money, "amount");
            checks.check(amount == null || amount.signum() > 0, "amount", "must be more than 0");
        }
        if (kind.orderLevel()) {
            if (minimumOrderValue != null) checks.money(minimumOrderValue, money, "minimumOrderValue");
            checks.check(skus.isEmpty(), "skus", "are for the LINE kinds only");
            checks.check(minimumQuantity == null, "minimumQuantity", "is for the LINE kinds only");
        } else {
            checks.check(minimumOrderValue == null, "minimumOrderValue", "is for the ORDER kinds only");
            checks.check(!skus.isEmpty(), "skus", "at least one SKU is required for " + kind);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < skus.size(); i++) {
                checks.check(Checks.isId(skus.get(i)), "skus[" + i + "]", "is not a valid SKU");
                checks.check(seen.add(skus.get(i)), "skus[" + i + "]", "is listed twice");
            }
            checks.check(minimumQuantity == null || minimumQuantity >= 1, "minimumQuantity", "must be at least 1");
        }
    }

    /** This content with amounts in the currency's scale and the percentage without trailing zeros; call only on valid content. */
    PromotionContent normalized() {
        Currency money = Checks.currency(currency);
        BigDecimal plainPercent = percent == null ? null : new BigDecimal(percent.stripTrailingZeros().toPlainString());
        return new PromotionContent(code, names, validFrom, validUntil, channels, currency, kind, plainPercent,
                Checks.normalized(amount, money), Checks.normalized(minimumOrderValue, money), skus, minimumQuantity, active);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
