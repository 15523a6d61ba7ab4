package com.omnidom.order.risk.domain;

import java.util.List;

/**
 * The verdict on one order and its reasons. A black-list match rejects; a white-list match (without a black one)
 * accepts without looking at the rules; otherwise the worst action of the rules that fired decides.
 */
public record RiskAssessment(RiskOutcome outcome, List<RiskFinding> findings, int ruleSetVersion, boolean whiteListed) {

    public RiskAssessment {
        findings = List.copyOf(findings);
    }

    public static RiskAssessment ofLists(List<ListMatch> matches, int ruleSetVersion) {
        List<RiskFinding> black = matches.stream().filter(m -> m.list() == ListType.BLACK)
                .map(m -> new RiskFinding("BLACK_LIST_" + m.kind(), m.kind().name().toLowerCase().replace('_', ' ')
                        + " " + m.value() + " is on the black list", RiskAction.REJECT)).toList();
        if (!black.isEmpty()) return new RiskAssessment(RiskOutcome.REJECT, black, ruleSetVersion, false);
        boolean white = matches.stream().anyMatch(m -> m.list() == ListType.WHITE);
        return white ? new RiskAssessment(RiskOutcome.ACCEPT, List.of(), ruleSetVersion, true) : null;
    }

    public static RiskAssessment ofRules(List<RiskFinding> findings, int ruleSetVersion) {
        RiskOutcome outcome = findings.stream().anyMatch(f -> f.action() == RiskAction.REJECT) ? RiskOutcome.REJECT
                : findings.isEmpty() ? RiskOutcome.ACCEPT : RiskOutcome.HOLD;
        return new RiskAssessment(outcome, findings, ruleSetVersion, false);
    }

    /** This verdict with more findings (the channel's) first: the worst action of all decides. */
    public RiskAssessment with(List<RiskFinding> more) {
        List<RiskFinding> all = new java.util.ArrayList<>(more);
        all.addAll(findings);
        RiskOutcome worst = outcome == RiskOutcome.REJECT || more.stream().anyMatch(f -> f.action() == RiskAction.REJECT)
                ? RiskOutcome.REJECT : more.isEmpty() && outcome == RiskOutcome.ACCEPT ? RiskOutcome.ACCEPT : RiskOutcome.HOLD;
        return new RiskAssessment(worst, all, ruleSetVersion, whiteListed);
    }

    public List<String> codes() {
        return findings.stream().map(RiskFinding::code).distinct().toList();
    }
}
