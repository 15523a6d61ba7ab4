package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.Invoicing;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.PaymentLine;
import com.omnidom.payment.payments.domain.PaymentRuleViolation;
import com.omnidom.payment.taxes.application.TaxRuleBook;
import com.omnidom.payment.taxes.domain.TaxZones;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The rates of an invoice: per line the tax rule of its category in the order's tax country on the tax point. Lines
 * without a category (orders of older producers) keep the rate the channel sent. A category the country has no rule
 * for on that day breaks a rule: the event cannot be invoiced and goes to the dead-letter topic, nothing booked
 * (never a guessed rate); once the rule is added, redriving the dead letter invoices it.
 */
@Component
public class InvoiceTaxes {

    private final TaxRuleBook rules;
    private final TaxProperties settings;
    private final CompanyProperties company;

    public InvoiceTaxes(TaxRuleBook rules, TaxProperties settings, CompanyProperties company) {
        this.rules = rules;
        this.settings = settings;
        this.company = company;
    }

    /** The country whose rules tax the order: the one recorded with it, else the issuing company's home. */
    public String country(Payment payment) {
        return payment.taxCountry() != null ? payment.taxCountry() : company.country();
    }

    public CompanyProperties.Company issuer(Payment payment) {
        return company.issuer(country(payment));
    }

    /** The day whose rules apply: of the supply ({@code suppliedAt}) or of the order, in the tax country's zone. */
    public LocalDate taxPoint(Payment payment, Instant suppliedAt) {
        Instant at = settings.taxPoint() == TaxProperties.TaxPoint.ORDER || suppliedAt == null ? payment.acceptedAt() : suppliedAt;
        return TaxZones.day(at, country(payment));
    }

    public List<Invoicing.InvoiceLine> rate(Payment payment, List<Invoicing.InvoiceLine> lines, LocalDate taxPoint) {
        String country = country(payment);
        return lines.stream().map(line -> {
            PaymentLine ordered = payment.lines().stream().filter(l -> l.lineId().equals(line.lineId())).findFirst().orElseThrow();
            if (ordered.taxCategory() == null) return line;
            BigDecimal rate = rules.rate(country, ordered.taxCategory(), taxPoint).orElseThrow(() -> new PaymentRuleViolation(
                    "no tax rule for " + ordered.taxCategory() + " in " + country + " on " + taxPoint + " (line "
                            + line.lineId() + "): add it (PUT /api/v1/tax-rules/" + country + ") and redrive this event"));
            return line.withTaxRate(rate);
        }).toList();
    }
}
