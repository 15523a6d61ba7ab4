package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.Journal;
import com.omnidom.payment.payments.domain.TenderType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The chart of accounts of the postings (demo numbers after the German SKR03; the finance system's own chart in a
 * real deployment). Revenue and output VAT are per rate: {@code revenue-by-rate} / {@code output-vat-by-rate} keyed by
 * the rate as a plain decimal ({@code "[0.07]"}), else the default account.
 */
@ConfigurationProperties("omnidom.payment.accounts")
public record AccountProperties(
        @DefaultValue("1400") String receivable,
        @DefaultValue("8400") String revenue,
        Map<String, String> revenueByRate,
        @DefaultValue("1776") String outputVat,
        Map<String, String> outputVatByRate,
        @DefaultValue("1360") String pspClearing,
        @DefaultValue("1720") String giftCardLiability,
        @DefaultValue("1721") String pointsLiability,
        @DefaultValue("1000") String cash,
        @DefaultValue("2400") String chargebackLoss,
        @DefaultValue("1200") String bank,
        @DefaultValue("2700") String dunningFees,
        @DefaultValue("2400") String badDebt,
        @DefaultValue("1722") String giftCardReserved,
        @DefaultValue("1723") String pointsReserved,
        @DefaultValue("4600") String pointsExpense) implements Journal.Accounts {

    public AccountProperties {
        revenueByRate = revenueByRate == null ? Map.of() : Map.copyOf(revenueByRate);
        outputVatByRate = outputVatByRate == null ? Map.of() : Map.copyOf(outputVatByRate);
    }

    @Override
    public String revenue(BigDecimal rate) {
        return byRate(revenueByRate, rate, revenue);
    }

    @Override
    public String outputVat(BigDecimal rate) {
        return byRate(outputVatByRate, rate, outputVat);
    }

    @Override
    public String tender(TenderType type) {
        return switch (type) {
            case CARD -> pspClearing;
            case GIFT_CARD -> giftCardLiability;
            case BONUS_POINTS -> pointsLiability;
            case CASH -> cash;
            // no money moves for it: the invoice stays on the receivable until the transfer arrives
            case ON_ACCOUNT -> receivable;
        };
    }

    private static String byRate(Map<String, String> accounts, BigDecimal rate, String fallback) {
        // 0.070 and 0.07 are one rate
        return accounts.entrySet().stream().filter(e -> new BigDecimal(e.getKey()).compareTo(rate) == 0)
                .map(Map.Entry::getValue).findFirst().orElse(fallback);
    }
}
