package com.omnidom.order.risk.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The abnormality rules with their thresholds; each can be switched off and says whether it holds or rejects.
 * A rule set is immutable: a change is a new version (see {@code ChangeRiskRules}).
 */
public record RiskRules(NewCustomerOrderValue newCustomerOrderValue, ArticleQuantity articleQuantity, Velocity velocity,
                        CountryMismatch countryMismatch, HighRiskArticles highRiskArticles,
                        ExpressToNewAddress expressToNewAddress) {

    /** A first order worth more than {@code maxValue} (in the order's currency). */
    public record NewCustomerOrderValue(boolean enabled, RiskAction action, BigDecimal maxValue) {
    }

    /** More than {@code maxUnits} units of one article in one order. */
    public record ArticleQuantity(boolean enabled, RiskAction action, Integer maxUnits) {
    }

    /** More orders within the last hour than allowed per customer, per delivery address, per card (this one included). */
    public record Velocity(boolean enabled, RiskAction action, Integer maxPerCustomer, Integer maxPerAddress,
                           Integer maxPerCard) {
    }

    /** Billing and delivery in different countries. */
    public record CountryMismatch(boolean enabled, RiskAction action) {
    }

    /** Articles that are as good as cash (gift cards): SKUs starting with one of the prefixes, worth more than maxValue. */
    public record HighRiskArticles(boolean enabled, RiskAction action, List<String> skuPrefixes, BigDecimal maxValue) {
        public HighRiskArticles {
            skuPrefixes = skuPrefixes == null ? List.of() : List.copyOf(skuPrefixes);
        }
    }

    /** Express delivery to an address the customer never had an order delivered to. */
    public record ExpressToNewAddress(boolean enabled, RiskAction action) {
    }

    /** Every broken setting, by its JSON path, so an operator's change names what is wrong. */
    public Map<String, String> problems() {
        Map<String, String> found = new LinkedHashMap<>();
        require(found, "newCustomerOrderValue", newCustomerOrderValue);
        require(found, "articleQuantity", articleQuantity);
        require(found, "velocity", velocity);
        require(found, "countryMismatch", countryMismatch);
        require(found, "highRiskArticles", highRiskArticles);
        require(found, "expressToNewAddress", expressToNewAddress);
        if (!found.isEmpty()) return found;
        action(found, "newCustomerOrderValue", newCustomerOrderValue.action());
        action(found, "articleQuantity", articleQuantity.action());
        action(found, "velocity", velocity.action());
        action(found, "countryMismatch", countryMismatch.action());
        action(found, "highRiskArticles", highRiskArticles.action());
        action(found, "expressToNewAddress", expressToNewAddress.action());
        positive(found, "newCustomerOrderValue.maxValue", newCustomerOrderValue.maxValue());
        atLeastOne(found, "articleQuantity.maxUnits", articleQuantity.maxUnits());
        atLeastOne(found, "velocity.maxPerCustomer", velocity.maxPerCustomer());
        atLeastOne(found, "velocity.maxPerAddress", velocity.maxPerAddress());
        atLeastOne(found, "velocity.maxPerCard", velocity.maxPerCard());
        positive(found, "highRiskArticles.maxValue", highRiskArticles.maxValue());
        if (highRiskArticles.skuPrefixes().size() > 100 || highRiskArticles.skuPrefixes().stream()
                .anyMatch(p -> p == null || p.isBlank() || p.length() > 64)) {
            found.put("highRiskArticles.skuPrefixes", "at most 100 prefixes of 1 to 64 characters");
        }
        return found;
    }

    /** The rules that fire for the order, given what the database counted. */
    public List<RiskFinding> evaluate(RiskSubject s, RiskHistory h) {
        List<RiskFinding> found = new ArrayList<>();
        if (newCustomerOrderValue.enabled() && !h.knownCustomer() && s.total().compareTo(newCustomerOrderValue.maxValue()) > 0) {
            found.add(new RiskFinding("NEW_CUSTOMER_ORDER_VALUE", "first order of customer " + s.customerId() + " worth "
                    + s.total().toPlainString() + " " + s.currency() + " (more than " + newCustomerOrderValue.maxValue()
                    .toPlainString() + ")", newCustomerOrderValue.action()));
        }
        if (articleQuantity.enabled()) {
            Map<String, Integer> units = new LinkedHashMap<>();
            s.lines().forEach(l -> units.merge(l.sku(), l.quantity(), Integer::sum));
            units.forEach((sku, n) -> {
                if (n > articleQuantity.maxUnits()) {
                    found.add(new RiskFinding("ARTICLE_QUANTITY", n + " units of " + sku + " (more than "
                            + articleQuantity.maxUnits() + ")", articleQuantity.action()));
                }
            });
        }
        if (velocity.enabled()) {
            velocity(found, "VELOCITY_CUSTOMER", "of customer " + s.customerId(), h.customerOrdersLastHour(), velocity.maxPerCustomer());
            if (s.addressKey() != null) {
                velocity(found, "VELOCITY_ADDRESS", "to this address", h.addressOrdersLastHour(), velocity.maxPerAddress());
            }
            if (!s.fingerprints().isEmpty()) {
                velocity(found, "VELOCITY_CARD", "with this card", h.cardOrdersLastHour(), velocity.maxPerCard());
            }
        }
        if (countryMismatch.enabled() && s.billingCountry() != null && s.deliveryCountry() != null
                && !s.billingCountry().equals(s.deliveryCountry())) {
            found.add(new RiskFinding("COUNTRY_MISMATCH", "billed in " + s.billingCountry() + ", delivered to "
                    + s.deliveryCountry(), countryMismatch.action()));
        }
        if (highRiskArticles.enabled()) {
            BigDecimal value = s.lines().stream()
                    .filter(l -> highRiskArticles.skuPrefixes().stream().anyMatch(p -> l.sku().startsWith(p)))
                    .map(RiskSubject.Line::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (value.compareTo(highRiskArticles.maxValue()) > 0) {
                found.add(new RiskFinding("HIGH_RISK_ARTICLES", "high-risk articles (gift cards) worth " + value.toPlainString()
                        + " " + s.currency() + " (more than " + highRiskArticles.maxValue().toPlainString() + ")",
                        highRiskArticles.action()));
            }
        }
        if (expressToNewAddress.enabled() && s.express() && s.addressKey() != null && !h.knownAddress()) {
            found.add(new RiskFinding("EXPRESS_TO_NEW_ADDRESS", "express delivery to an address customer "
                    + s.customerId() + " never had an order delivered to", expressToNewAddress.action()));
        }
        return found;
    }

    private void velocity(List<RiskFinding> found, String code, String what, int before, int max) {
        if (before + 1 > max) {
            found.add(new RiskFinding(code, (before + 1) + " orders " + what + " within an hour (at most " + max + ")",
                    velocity.action()));
        }
    }

    private static void require(Map<String, String> found, String field, Object rule) {
        if (rule == null) found.put(field, "is required");
    }

    private static void action(Map<String, String> found, String field, RiskAction action) {
        if (action == null) found.put(field + ".action", "must be HOLD or REJECT");
    }

    private static void positive(Map<String, String> found, String field, BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(new BigDecimal("1000000000")) > 0) {
            found.put(field, "must be a positive amount up to 1000000000");
        }
    }

    private static void atLeastOne(Map<String, String> found, String field, Integer value) {
        if (value == null || value < 1 || value > 1_000_000) found.put(field, "must be between 1 and 1000000");
    }
}
