package com.omnidom.payment.taxes.application;

import com.omnidom.payment.taxes.domain.TaxCategory;
import com.omnidom.payment.taxes.domain.TaxRule;
import com.omnidom.payment.taxes.domain.TaxRules;
import com.omnidom.payment.taxes.persistence.TaxRuleVersions;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The tax rules: read a country's version in force or an older one, make a changed set the next version, and answer the
 * rate of a category on a day. A change names the version it was based on, so two people changing one country at once
 * cannot overwrite each other unseen (the version's primary key decides a race).
 */
@Service
public class TaxRuleBook {

    private final TaxRuleVersions versions;
    private final Clock clock;

    public TaxRuleBook(TaxRuleVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** The rate of {@code category} in {@code country} on {@code day} by the version in force; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> rate(String country, TaxCategory category, LocalDate day) {
        return versions.current(country).flatMap(rules -> rules.ruleOn(category, day)).map(TaxRule::rate);
    }

    @Transactional(readOnly = true)
    public TaxRules current(String country) {
        return versions.current(country).orElseThrow(() -> new ResourceNotFound("No tax rules for country " + country + "."));
    }

    @Transactional(readOnly = true)
    public TaxRules version(String country, int version) {
        return versions.version(country, version)
                .orElseThrow(() -> new ResourceNotFound("No version " + version + " of the tax rules of " + country + "."));
    }

    /** Newest first; 404 when the country has none. */
    @Transactional(readOnly = true)
    public List<TaxRules> all(String country) {
        List<TaxRules> all = versions.all(country);
        if (all.isEmpty()) throw new ResourceNotFound("No tax rules for country " + country + ".");
        return all;
    }

    /**
     * Makes {@code rules} the country's next version, in force at once.
     *
     * @param basedOnVersion the version the caller read; 0 for a country without rules yet
     */
    @Transactional
    public TaxRules change(String country, int basedOnVersion, List<TaxRule> rules, String changedBy, String reason) {
        TaxRules.check(country, rules);
        int current = versions.current(country).map(TaxRules::version).orElse(0);
        if (current != basedOnVersion) {
            throw new StateConflict("The tax rules of " + country + " were changed meanwhile: version " + current
                    + " is in force, not " + basedOnVersion + ". Read them again and retry.");
        }
        TaxRules next = new TaxRules(country, current + 1, rules, changedBy, reason,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        versions.add(next);
        return next;
    }
}
