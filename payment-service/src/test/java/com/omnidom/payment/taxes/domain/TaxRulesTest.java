package com.omnidom.payment.taxes.domain;

import com.omnidom.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxRulesTest {

    /** Germany's rates with the cut of the second half of 2020. */
    static final List<TaxRule> GERMANY = List.of(
            rule(TaxCategory.STANDARD, "0.19", "2019-01-01", "2020-07-01"),
            rule(TaxCategory.STANDARD, "0.16", "2020-07-01", "2021-01-01"),
            rule(TaxCategory.STANDARD, "0.19", "2021-01-01", null),
            rule(TaxCategory.REDUCED, "0.07", "2019-01-01", "2020-07-01"),
            rule(TaxCategory.REDUCED, "0.05", "2020-07-01", "2021-01-01"),
            rule(TaxCategory.REDUCED, "0.07", "2021-01-01", null));

    static TaxRule rule(TaxCategory category, String rate, String from, String until) {
        return new TaxRule(category, new BigDecimal(rate), LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
    }

    static BigDecimal rate(TaxRules rules, TaxCategory category, String day) {
        return rules.ruleOn(category, LocalDate.parse(day)).map(TaxRule::rate).orElse(null);
    }

    @Test
    void theRuleOfADayIsTheOneWhosePeriodHoldsItValidUntilExclusive() {
        TaxRules de = new TaxRules("DE", 1, GERMANY, "migration", "seed", Instant.EPOCH);

        assertThat(rate(de, TaxCategory.STANDARD, "2020-06-30")).isEqualByComparingTo("0.19");
        assertThat(rate(de, TaxCategory.STANDARD, "2020-07-01")).isEqualByComparingTo("0.16");
        assertThat(rate(de, TaxCategory.STANDARD, "2020-12-31")).isEqualByComparingTo("0.16");
        assertThat(rate(de, TaxCategory.STANDARD, "2021-01-01")).isEqualByComparingTo("0.19");
        assertThat(rate(de, TaxCategory.REDUCED, "2020-07-15")).isEqualByComparingTo("0.05");
        assertThat(rate(de, TaxCategory.STANDARD, "2040-01-01")).as("open end").isEqualByComparingTo("0.19");
        assertThat(rate(de, TaxCategory.STANDARD, "2018-12-31")).as("before the first rule").isNull();
        assertThat(rate(de, TaxCategory.SUPER_REDUCED, "2020-07-15")).as("a category without rule").isNull();
    }

    @Test
    void theDayOfSupplyIsTheCountrysCalendarDayNotUtcs() {
        Instant newYearInBerlin = Instant.parse("2020-12-31T23:30:00Z");

        assertThat(TaxZones.day(newYearInBerlin, "DE")).isEqualTo(LocalDate.parse("2021-01-01"));
        assertThat(TaxZones.day(newYearInBerlin, "GB")).isEqualTo(LocalDate.parse("2020-12-31"));
        assertThat(TaxZones.of("XX")).isEqualTo(TaxZones.DEFAULT);
    }

    @Test
    void aValidSetPasses() {
        assertThatCode(() -> TaxRules.check("DE", GERMANY)).doesNotThrowAnyException();
    }

    @Test
    void overlappingValiditiesOfOneCategoryAreNamedByTheLaterRulesValidFrom() {
        List<TaxRule> rules = List.of(
                rule(TaxCategory.STANDARD, "0.19", "2019-01-01", "2020-07-01"),
                rule(TaxCategory.REDUCED, "0.07", "2019-01-01", null),
                rule(TaxCategory.STANDARD, "0.16", "2020-06-30", "2021-01-01"),
                rule(TaxCategory.REDUCED, "0.05", "2030-01-01", null));

        assertThatThrownBy(() -> TaxRules.check("DE", rules)).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.violations()).extracting(RuleViolation.Violation::field)
                        .containsExactly("rules[2].validFrom", "rules[3].validFrom"));
    }

    @Test
    void backToBackPeriodsDoNotOverlapAndOtherCategoriesNeverDo() {
        assertThatCode(() -> TaxRules.check("DE", List.of(
                rule(TaxCategory.STANDARD, "0.19", "2019-01-01", "2020-07-01"),
                rule(TaxCategory.STANDARD, "0.16", "2020-07-01", null),
                rule(TaxCategory.ZERO, "0", "2019-01-01", null)))).doesNotThrowAnyException();
    }

    @Test
    void ratesOutsideZeroToOneMissingValuesEmptyPeriodsAndBadCountriesAreNamed() {
        List<TaxRule> rules = List.of(
                rule(TaxCategory.STANDARD, "19", "2019-01-01", null),
                new TaxRule(null, new BigDecimal("-0.01"), null, null),
                rule(TaxCategory.REDUCED, "0.07", "2020-01-01", "2020-01-01"));

        assertThatThrownBy(() -> TaxRules.check("XX", rules)).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.violations()).extracting(RuleViolation.Violation::field).containsExactly("country",
                        "rules[0].rate", "rules[1].category", "rules[1].rate", "rules[1].validFrom", "rules[2].validUntil"));
        assertThat(TaxRules.isCountry("de")).isFalse();
        assertThat(TaxRules.isCountry("CH")).isTrue();
    }
}
