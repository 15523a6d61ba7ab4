package com.omnidom.order.risk.application;

import com.omnidom.order.risk.domain.RiskAction;
import com.omnidom.order.risk.domain.RiskAssessment;
import com.omnidom.order.risk.domain.RiskFinding;
import com.omnidom.order.risk.domain.RiskOutcome;
import com.omnidom.order.risk.domain.RiskSubject;
import com.omnidom.order.risk.domain.RuleSet;
import com.omnidom.order.risk.persistence.RiskListEntries;
import com.omnidom.order.risk.persistence.RiskRecords;
import com.omnidom.order.risk.persistence.RuleSets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Checks an order before it is accepted, in the order's transaction: lists first, then the rule set in force with what
 * the database counts (velocity, known customer and address). Records what it saw, audits the decision, and queues a
 * held order for review, all of which commit (or roll back) with the order.
 */
@Service
public class RiskCheck {

    public static final String DECIDED_BY = "risk-check";

    private final RiskListEntries lists;
    private final RuleSets ruleSets;
    private final RiskRecords records;
    private final RiskProperties properties;
    private final Clock clock;

    public RiskCheck(RiskListEntries lists, RuleSets ruleSets, RiskRecords records, RiskProperties properties, Clock clock) {
        this.lists = lists;
        this.ruleSets = ruleSets;
        this.records = records;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public RiskAssessment check(RiskSubject subject) {
        return check(subject, List.of());
    }

    /**
     * @param channelFindings what the channel says against the order (cancelled there, paid differently): a REJECT
     *                        among them decides alone (the order is not observed: it never was a real purchase here), a
     *                        HOLD is added to the check's findings and holds an order the check would accept, even a
     *                        white-listed customer's
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RiskAssessment check(RiskSubject subject, List<RiskFinding> channelFindings) {
        Instant now = clock.instant();
        RuleSet rules = ruleSets.current();
        RiskAssessment assessment;
        if (channelFindings.stream().anyMatch(f -> f.action() == RiskAction.REJECT)) {
            assessment = RiskAssessment.ofRules(channelFindings, rules.version());
            records.decided(subject.orderId(), assessment.outcome().name(), assessment.findings(),
                    assessment.ruleSetVersion(), DECIDED_BY, "channel", now);
            return assessment;
        }
        if (!properties.enabled()) {
            assessment = new RiskAssessment(RiskOutcome.ACCEPT, List.of(), rules.version(), false);
        } else {
            assessment = RiskAssessment.ofLists(lists.matching(subject.listValues(), subject.channel()), rules.version());
            if (assessment == null) {
                var history = records.history(subject, now, properties.velocityWindow());
                assessment = RiskAssessment.ofRules(rules.rules().evaluate(subject, history), rules.version());
            }
        }
        if (!channelFindings.isEmpty()) assessment = assessment.with(channelFindings);
        records.observe(subject, now);
        records.decided(subject.orderId(), assessment.outcome().name(), assessment.findings(), assessment.ruleSetVersion(),
                DECIDED_BY, assessment.whiteListed() ? "white list" : null, now);
        if (assessment.outcome() == RiskOutcome.HOLD) {
            records.hold(subject, assessment.findings(), assessment.ruleSetVersion(), now);
        }
        return assessment;
    }
}
