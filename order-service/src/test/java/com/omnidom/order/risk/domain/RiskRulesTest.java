package com.omnidom.order.risk.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RiskRulesTest {

    static final RiskHistory KNOWN_QUIET = new RiskHistory(true, true, 0, 0, 0);

    static RiskRules rules() {
        return new RiskRules(
                new RiskRules.NewCustomerOrderValue(true, RiskAction.HOLD, new BigDecimal("1000")),
                new RiskRules.ArticleQuantity(true, RiskAction.HOLD, 20),
                new RiskRules.Velocity(true, RiskAction.HOLD, 3, 4, 5),
                new RiskRules.CountryMismatch(true, RiskAction.HOLD),
                new RiskRules.HighRiskArticles(true, RiskAction.HOLD, List.of("GC-"), new BigDecimal("250")),
                new RiskRules.ExpressToNewAddress(true, RiskAction.HOLD));
    }

    static RiskSubject subject(BigDecimal total, List<RiskSubject.Line> lines, String billing, String delivery, boolean express) {
        return new RiskSubject(UUID.randomUUID(), "WEB-1", "WEB_SHOP", "C-1", "anna@example.com", "+49301234567",
                "Hauptstr. 1 10115 Berlin DE", List.of("fp-1"), "203.0.113.7", "EUR", total, lines, billing, delivery, express);
    }

    static RiskSubject ordinary() {
        return subject(new BigDecimal("39.98"), List.of(new RiskSubject.Line("A-1", 2, new BigDecimal("19.99"))), "DE", "DE", false);
    }

    static List<String> codes(List<RiskFinding> findings) {
        return findings.stream().map(RiskFinding::code).toList();
    }

    @Test
    void anOrdinaryOrderOfAKnownCustomerFiresNothing() {
        assertThat(rules().evaluate(ordinary(), KNOWN_QUIET)).isEmpty();
    }

    @Test
    void aFirstOrderAboveTheThresholdFires() {
        var big = subject(new BigDecimal("1000.01"), List.of(new RiskSubject.Line("A-1", 1, new BigDecimal("1000.01"))), "DE", "DE", false);
        assertThat(codes(rules().evaluate(big, new RiskHistory(false, false, 0, 0, 0)))).containsExactly("NEW_CUSTOMER_ORDER_VALUE");
        assertThat(rules().evaluate(big, KNOWN_QUIET)).isEmpty();
    }

    @Test
    void unusualQuantityOfOneArticleCountsItsUnitsOverAllLines() {
        var many = subject(new BigDecimal("21"), List.of(new RiskSubject.Line("A-1", 11, BigDecimal.ONE),
                new RiskSubject.Line("A-1", 10, BigDecimal.ONE)), "DE", "DE", false);
        assertThat(codes(rules().evaluate(many, KNOWN_QUIET))).containsExactly("ARTICLE_QUANTITY");
    }

    @Test
    void velocityCountsThisOrderOnTopOfTheEarlierOnes() {
        assertThat(rules().evaluate(ordinary(), new RiskHistory(true, true, 2, 3, 4))).isEmpty();
        assertThat(codes(rules().evaluate(ordinary(), new RiskHistory(true, true, 3, 4, 5))))
                .containsExactly("VELOCITY_CUSTOMER", "VELOCITY_ADDRESS", "VELOCITY_CARD");
    }

    @Test
    void billingAndDeliveryInDifferentCountriesFires() {
        var abroad = subject(new BigDecimal("10"), List.of(new RiskSubject.Line("A-1", 1, BigDecimal.TEN)), "FR", "DE", false);
        assertThat(codes(rules().evaluate(abroad, KNOWN_QUIET))).containsExactly("COUNTRY_MISMATCH");
        var noBilling = subject(new BigDecimal("10"), List.of(new RiskSubject.Line("A-1", 1, BigDecimal.TEN)), null, "DE", false);
        assertThat(rules().evaluate(noBilling, KNOWN_QUIET)).isEmpty();
    }

    @Test
    void giftCardsWorthMoreThanTheLimitFire() {
        var cards = subject(new BigDecimal("300"), List.of(new RiskSubject.Line("GC-50", 6, new BigDecimal("50"))), "DE", "DE", false);
        assertThat(codes(rules().evaluate(cards, KNOWN_QUIET))).containsExactly("HIGH_RISK_ARTICLES");
    }

    @Test
    void expressToAnAddressTheCustomerNeverUsedFires() {
        var express = subject(new BigDecimal("10"), List.of(new RiskSubject.Line("A-1", 1, BigDecimal.TEN)), "DE", "DE", true);
        assertThat(codes(rules().evaluate(express, new RiskHistory(true, false, 0, 0, 0)))).containsExactly("EXPRESS_TO_NEW_ADDRESS");
        assertThat(rules().evaluate(express, KNOWN_QUIET)).isEmpty();
    }

    @Test
    void aSwitchedOffRuleNeverFires() {
        RiskRules r = rules();
        RiskRules off = new RiskRules(r.newCustomerOrderValue(), new RiskRules.ArticleQuantity(false, RiskAction.HOLD, 1),
                r.velocity(), r.countryMismatch(), r.highRiskArticles(), r.expressToNewAddress());
        assertThat(off.evaluate(ordinary(), KNOWN_QUIET)).isEmpty();
        assertThat(codes(rules().evaluate(ordinary(), KNOWN_QUIET))).isEmpty();
    }

    @Test
    void theWorstActionDecides() {
        var hold = new RiskFinding("A", "a", RiskAction.HOLD);
        var reject = new RiskFinding("B", "b", RiskAction.REJECT);
        assertThat(RiskAssessment.ofRules(List.of(), 1).outcome()).isEqualTo(RiskOutcome.ACCEPT);
        assertThat(RiskAssessment.ofRules(List.of(hold), 1).outcome()).isEqualTo(RiskOutcome.HOLD);
        assertThat(RiskAssessment.ofRules(List.of(hold, reject), 1).outcome()).isEqualTo(RiskOutcome.REJECT);
    }

    @Test
    void blackBeatsWhiteAndWhiteSkipsTheRules() {
        var black = new ListMatch(ListType.BLACK, EntryKind.EMAIL, "x@y.z");
        var white = new ListMatch(ListType.WHITE, EntryKind.CUSTOMER_ID, "C-1");
        assertThat(RiskAssessment.ofLists(List.of(white, black), 3).outcome()).isEqualTo(RiskOutcome.REJECT);
        assertThat(RiskAssessment.ofLists(List.of(white, black), 3).codes()).containsExactly("BLACK_LIST_EMAIL");
        assertThat(RiskAssessment.ofLists(List.of(white), 3).whiteListed()).isTrue();
        assertThat(RiskAssessment.ofLists(List.of(), 3)).isNull();
    }

    @Test
    void brokenSettingsAreNamed() {
        RiskRules r = rules();
        RiskRules broken = new RiskRules(new RiskRules.NewCustomerOrderValue(true, null, BigDecimal.ZERO), r.articleQuantity(),
                new RiskRules.Velocity(true, RiskAction.HOLD, 0, 1, 1), r.countryMismatch(), r.highRiskArticles(), null);
        assertThat(broken.problems()).containsOnlyKeys("expressToNewAddress");
        RiskRules broken2 = new RiskRules(new RiskRules.NewCustomerOrderValue(true, null, BigDecimal.ZERO), r.articleQuantity(),
                new RiskRules.Velocity(true, RiskAction.HOLD, 0, 1, 1), r.countryMismatch(), r.highRiskArticles(), r.expressToNewAddress());
        assertThat(broken2.problems()).containsOnlyKeys("newCustomerOrderValue.action", "newCustomerOrderValue.maxValue",
                "velocity.maxPerCustomer");
    }

    @Test
    void listValuesAreNormalisedSoEqualThingsMatch() {
        assertThat(EntryKind.EMAIL.normalise("  Fraud@Example.COM ")).isEqualTo("fraud@example.com");
        assertThat(EntryKind.PHONE.normalise("0049 (30) 123-4567")).isEqualTo("+49301234567");
        assertThat(EntryKind.PHONE.normalise("+49 30 1234567")).isEqualTo("+49301234567");
        assertThat(EntryKind.ADDRESS.normalise("Hauptstraße 1, 10115 Berlin, DE"))
                .isEqualTo(EntryKind.ADDRESS.normalise("hauptstr. 1  10115 berlin de"));
        assertThat(EntryKind.IP.normalise("203.000.113.007")).isEqualTo("203.0.113.7");
        assertThat(EntryKind.EMAIL.normalise("   ")).isNull();
    }
}
