package com.omnidom.payment.payments.domain;

import com.omnidom.kernel.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tax maths of an invoice for gross (tax-inclusive) prices. Line gross = quantity × unit price; the tax is
 * worked out once per tax rate over the gross sum of that rate's lines (net = gross / (1 + rate), rounded half
 * up to the currency, tax = gross − net), as invoices must state the tax per rate. Summing rounded per-line
 * taxes instead would let cents drift with the number of lines. net + tax = gross holds exactly, per rate and in total.
 * The maths is done in {@link Money}; the records keep plain amounts because invoices store them as JSON.
 */
public final class Invoicing {

    private Invoicing() {
    }

    /**
     * @param invoiceNumber on a credit note's line, the invoice that billed its units; null on an invoice's
     */
    public record InvoiceLine(String lineId, String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate,
                              BigDecimal gross, String invoiceNumber) {

        public InvoiceLine(String lineId, String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate, BigDecimal gross) {
            this(lineId, sku, quantity, unitPrice, taxRate, gross, null);
        }

        /** The same units at another rate (the tax rule's instead of the channel's): the gross stays. */
        public InvoiceLine withTaxRate(BigDecimal rate) {
            return new InvoiceLine(lineId, sku, quantity, unitPrice, rate, gross, invoiceNumber);
        }
    }

    public record TaxAmount(BigDecimal rate, BigDecimal net, BigDecimal tax, BigDecimal gross) {
    }

    public record Totals(List<TaxAmount> taxes, BigDecimal net, BigDecimal tax, BigDecimal gross) {
    }

    public static InvoiceLine line(String lineId, String sku, int quantity, BigDecimal unitPrice, BigDecimal taxRate,
                                   String currency) {
        Money gross = Money.of(unitPrice.multiply(BigDecimal.valueOf(quantity)), Currency.getInstance(currency),
                RoundingMode.HALF_UP);
        return new InvoiceLine(lineId, sku, quantity, unitPrice, taxRate, gross.amount());
    }

    public static Totals totals(List<InvoiceLine> lines, String currency) {
        Currency money = Currency.getInstance(currency);
        Map<BigDecimal, Money> grossByRate = new TreeMap<>();
        for (InvoiceLine line : lines) {
            grossByRate.merge(line.taxRate().stripTrailingZeros(), Money.of(line.gross(), money), Money::plus);
        }
        List<TaxAmount> taxes = new ArrayList<>();
        Money net = Money.zero(money);
        Money tax = net;
        Money gross = net;
        for (var entry : grossByRate.entrySet()) {
            Money rateGross = entry.getValue();
            Money rateNet = Money.of(rateGross.amount().divide(BigDecimal.ONE.add(entry.getKey()), Money.minorDigits(money),
                    RoundingMode.HALF_UP), money);
            Money rateTax = rateGross.minus(rateNet);
            taxes.add(new TaxAmount(entry.getKey(), rateNet.amount(), rateTax.amount(), rateGross.amount()));
            net = net.plus(rateNet);
            tax = tax.plus(rateTax);
            gross = gross.plus(rateGross);
        }
        return new Totals(List.copyOf(taxes), net.amount(), tax.amount(), gross.amount());
    }
}
