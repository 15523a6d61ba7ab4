package com.omnidom.catalog.shared.domain;

import com.omnidom.kernel.Money;
import com.omnidom.kernel.Rejections;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The kernel's collector of broken rules, with the catalog's own checks: ids, countries, currencies, money, validity. */
public final class Checks extends Rejections {

    /** Ids of articles (SKUs) and locations: safe in URLs, Kafka keys and file names. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /** ISO 3166-1 alpha-2, upper case as the standard writes it. */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** The ISO 4217 currency, or null when the code is not one. */
    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) return null;
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Checks an amount of money: not negative and with no more decimals than the currency has (2 for EUR, 0 for JPY). */
    public void money(BigDecimal amount, Currency currency, String field) {
        if (amount == null) {
            check(false, field, "is required");
            return;
        }
        check(amount.signum() >= 0, field, "must not be negative");
        if (currency != null) {
            int digits = Money.minorDigits(currency);
            check(amount.stripTrailingZeros().scale() <= digits, field,
                    "must have at most " + digits + " decimals for " + currency.getCurrencyCode());
        }
    }

    /** The amount with exactly the currency's decimals, so equal amounts compare equal (19.9 and 19.90). */
    public static BigDecimal normalized(BigDecimal amount, Currency currency) {
        if (amount == null || currency == null) return amount;
        return Money.of(amount, currency).amount();
    }

    /** [from, until) with null meaning open-ended on that side. */
    public static boolean overlap(Instant from1, Instant until1, Instant from2, Instant until2) {
        boolean startsBeforeOtherEnds = until2 == null || from1 == null || from1.isBefore(until2);
        boolean otherStartsBeforeThisEnds = until1 == null || from2 == null || from2.isBefore(until1);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public void validity(Instant from, Instant until, String untilField) {
        check(from == null || until == null || until.isAfter(from), untilField, "must be after validFrom");
    }

    public void hours(LocalTime opens, LocalTime closes, String prefix) {
        check(opens != null, prefix + "opens", "is required");
        check(closes != null, prefix + "closes", "is required");
        if (opens != null && closes != null) check(closes.isAfter(opens), prefix + "closes", "must be after opens");
    }
}
