package com.omnidom.order.risk.application;

import com.omnidom.order.risk.domain.RiskRules;
import com.omnidom.order.risk.domain.RuleSet;
import com.omnidom.order.risk.persistence.RuleSets;
import com.omnidom.platform.web.FieldProblem;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Reads the rule sets and makes a changed one the next version. The change names the version it was based on, so two
 * operators changing at once cannot overwrite each other unseen (the version's primary key decides the rest).
 */
@Service
public class ChangeRiskRules {

    private final RuleSets ruleSets;
    private final Clock clock;

    public ChangeRiskRules(RuleSets ruleSets, Clock clock) {
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    @Transactional
    public RuleSet change(int basedOnVersion, RiskRules rules, String changedBy, String reason) {
        var problems = rules.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems.entrySet().stream()
                    .map(e -> new FieldProblem("rules." + e.getKey(), e.getValue())).toList());
        }
        RuleSet current = ruleSets.current();
        if (current.version() != basedOnVersion) {
            throw new StateConflict("The rules were changed meanwhile: version " + current.version() + " is in force, not "
                    + basedOnVersion + ". Read them again and retry.");
        }
        RuleSet next = new RuleSet(current.version() + 1, rules, changedBy, reason, clock.instant().truncatedTo(ChronoUnit.MICROS));
        ruleSets.add(next);
        return next;
    }

    @Transactional(readOnly = true)
    public RuleSet current() {
        return ruleSets.current();
    }

    @Transactional(readOnly = true)
    public RuleSet version(int version) {
        return ruleSets.version(version).orElseThrow(() -> new ResourceNotFound("No rule set version " + version + "."));
    }

    @Transactional(readOnly = true)
    public List<RuleSet> all() {
        return ruleSets.all();
    }
}
