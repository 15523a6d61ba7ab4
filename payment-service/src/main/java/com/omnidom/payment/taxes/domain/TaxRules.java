package com.omnidom.payment.taxes.domain;

import com.omnidom.kernel.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a country's tax rules: who made it, why and when. The highest version is in force; it holds every
 * period (past ones too), so an invoice for a past day of supply finds the rate of that day.
 */
public record TaxRules(String country, int version, List<TaxRule> rules, String changedBy, String reason,
                       Instant changedAt) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public TaxRules {
        rules = List.copyOf(rules);
    }

    /** The rule of {@code category} valid on {@code day}; empty when the country has none for it. */
    public Optional<TaxRule> ruleOn(TaxCategory category, LocalDate day) {
        return rules.stream().filter(rule -> rule.category() == category && rule.validOn(day)).findFirst();
    }

    /**
     * Checks a country code and a whole set of rules, naming each broken one by its JSON path ({@code rules[2].validFrom}):
     * a category needs one rate per day, so the validities of one category must not overlap.
     *
     * @throws RuleViolation with every problem found
     */
    public static void check(String country, List<TaxRule> rules) {
        List<RuleViolation.Violation> problems = new ArrayList<>();
        if (!isCountry(country)) {
            problems.add(new RuleViolation.Violation("country", "must be an ISO 3166-1 alpha-2 code, e.g. DE"));
        }
        for (int i = 0; i < rules.size(); i++) {
            TaxRule rule = rules.get(i);
            String at = "rules[" + i + "].";
            if (rule == null) {
                problems.add(new RuleViolation.Violation("rules[" + i + "]", "is required"));
                continue;
            }
            if (rule.category() == null) problems.add(new RuleViolation.Violation(at + "category", "is required"));
            if (rule.rate() == null || rule.rate().signum() < 0 || rule.rate().compareTo(BigDecimal.ONE) > 0) {
                problems.add(new RuleViolation.Violation(at + "rate", "must be between 0 and 1 (0.19 for 19 %)"));
            }
            if (rule.validFrom() == null) {
                problems.add(new RuleViolation.Violation(at + "validFrom", "is required"));
            } else if (rule.validUntil() != null && !rule.validUntil().isAfter(rule.validFrom())) {
                problems.add(new RuleViolation.Violation(at + "validUntil", "must be after validFrom (it is exclusive)"));
            } else if (rule.category() != null) {
                for (int j = 0; j < i; j++) {
                    TaxRule earlier = rules.get(j);
                    if (earlier != null && earlier.validFrom() != null && rule.overlaps(earlier)
                            && (earlier.validUntil() == null || earlier.validUntil().isAfter(earlier.validFrom()))) {
                        problems.add(new RuleViolation.Violation(at + "validFrom", "overlaps rules[" + j + "] ("
                                + earlier.category() + " from " + earlier.validFrom() + " until "
                                + (earlier.validUntil() == null ? "further notice" : earlier.validUntil()) + ")"));
                        break;
                    }
                }
            }
        }
        if (!problems.isEmpty()) throw new RuleViolation(problems);
    }

    public static boolean isCountry(String country) {
        return country != null && country.matches("[A-Z]{2}") && COUNTRIES.contains(country);
    }
}
