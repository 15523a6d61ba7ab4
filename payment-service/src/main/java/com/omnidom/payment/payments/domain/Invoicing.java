package com.omnidom.payment.payments.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tax maths of an invoice for gross (tax-inclusive) prices. Line gross = quantity × unit price; the tax is
 * worked out once per tax rate over the gross sum of that rate's lines (net = gross / (1 + rate), rounded half
 * up to the currency, tax = gross − net), as invoices must state the tax per rate. Summing rounded per-line
 * taxes instead would let cents drift with the number of lines. net + tax = gross holds exactly, per rate and in total.
 */
public final class Invoicing {

    private Invoicing() {
    }

    public record InvoiceLine(String lineId, String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate,
                              BigDecimal gross) {
    }

    public record TaxAmount(BigDecimal rate, BigDecimal net, BigDecimal tax, BigDecimal gross) {
    }

    public record Totals(List<TaxAmount> taxes, BigDecimal net, BigDecimal tax, BigDecimal gross) {
    }

    public static InvoiceLine line(String lineId, String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate,
                                   String currency) {
        BigDecimal gross = Money.round(unitPrice.multiply(BigDecimal.valueOf(quantity)), currency);
        return new InvoiceLine(lineId, sku, quantity, unitPrice, taxRate, gross);
    }

    public static Totals totals(List<InvoiceLine> lines, String currency) {
        Map<BigDecimal, BigDecimal> grossByRate = new TreeMap<>();
        for (InvoiceLine line : lines) {
            grossByRate.merge(line.taxRate().stripTrailingZeros(), line.gross(), BigDecimal::add);
        }
        List<TaxAmount> taxes = new ArrayList<>();
        BigDecimal net = Money.round(BigDecimal.ZERO, currency);
        BigDecimal tax = net;
        BigDecimal gross = net;
        for (var entry : grossByRate.entrySet()) {
            BigDecimal rateGross = entry.getValue();
            BigDecimal rateNet = rateGross.divide(BigDecimal.ONE.add(entry.getKey()), Money.scale(currency), RoundingMode.HALF_UP);
            BigDecimal rateTax = rateGross.subtract(rateNet);
            taxes.add(new TaxAmount(entry.getKey(), rateNet, rateTax, rateGross));
            net = net.add(rateNet);
            tax = tax.add(rateTax);
            gross = gross.add(rateGross);
        }
        return new Totals(List.copyOf(taxes), net, tax, gross);
    }
}
