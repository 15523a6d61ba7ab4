package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.Invoicing;
import com.omnidom.payment.payments.domain.LineSpec;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.PaymentRuleViolation;
import com.omnidom.payment.payments.domain.TenderSpec;
import com.omnidom.payment.payments.domain.TenderType;
import com.omnidom.payment.taxes.application.TaxRuleBook;
import com.omnidom.payment.taxes.domain.TaxCategory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceTaxesTest {

    private static final CompanyProperties AUSTRIAN = new CompanyProperties("omnidom-at", "Omnidom GmbH", "Ring 1", "1010",
            "Wien", "AT", "ATU00000000", "FN 000000a", null);

    /** Only Germany's standard rate after 2020: 19 %. */
    private static final TaxRuleBook RULES = new TaxRuleBook(null, null) {
        @Override
        public Optional<BigDecimal> rate(String country, TaxCategory category, LocalDate day) {
            return "DE".equals(country) && category == TaxCategory.STANDARD && day.getYear() > 2020
                    ? Optional.of(new BigDecimal("0.19")) : Optional.empty();
        }
    };

    private static Payment payment(String taxCountry, TaxCategory category) {
        Payment payment = Payment.record(new OrderId(UUID.randomUUID()), "WEB-1", "EUR", new BigDecimal("238.00"),
                List.of(new TenderSpec("gift", TenderType.GIFT_CARD, new BigDecimal("238.00"), "GC-1")),
                List.of(new LineSpec("1", "COAT", 1, new BigDecimal("119.00"), new BigDecimal("0.16"), category),
                        new LineSpec("2", "OLD", 1, new BigDecimal("119.00"), new BigDecimal("0.16"))),
                Instant.parse("2020-12-30T12:00:00Z"));
        payment.noteOrigin(taxCountry, "de", Instant.parse("2020-12-30T12:00:00Z"));
        return payment;
    }

    private static List<Invoicing.InvoiceLine> lines() {
        return List.of(Invoicing.line("1", "COAT", 1, new BigDecimal("119.00"), new BigDecimal("0.16"), "EUR"),
                Invoicing.line("2", "OLD", 1, new BigDecimal("119.00"), new BigDecimal("0.16"), "EUR"));
    }

    @Test
    void theTaxPointIsTheDayOfSupplyInTheTaxCountryOrTheOrdersDay() {
        Instant newYearInBerlin = Instant.parse("2020-12-31T23:30:00Z");
        InvoiceTaxes supply = new InvoiceTaxes(RULES, new TaxProperties(TaxProperties.TaxPoint.SUPPLY), AUSTRIAN);
        InvoiceTaxes order = new InvoiceTaxes(RULES, new TaxProperties(TaxProperties.TaxPoint.ORDER), AUSTRIAN);

        assertThat(supply.taxPoint(payment("DE", TaxCategory.STANDARD), newYearInBerlin)).isEqualTo("2021-01-01");
        assertThat(order.taxPoint(payment("DE", TaxCategory.STANDARD), newYearInBerlin)).isEqualTo("2020-12-30");
    }

    @Test
    void anOrderWithoutTaxCountryIsTaxedInTheCompanysHome() {
        InvoiceTaxes taxes = new InvoiceTaxes(RULES, new TaxProperties(TaxProperties.TaxPoint.SUPPLY), AUSTRIAN);

        assertThat(taxes.country(payment(null, TaxCategory.STANDARD))).isEqualTo("AT");
        assertThat(taxes.issuer(payment("DE", TaxCategory.STANDARD)).id()).isEqualTo("omnidom-at");
    }

    @Test
    void aLineWithCategoryTakesTheRuleOneWithoutKeepsTheChannelsRateAndNoRuleBreaksTheInvoice() {
        InvoiceTaxes taxes = new InvoiceTaxes(RULES, new TaxProperties(TaxProperties.TaxPoint.SUPPLY), AUSTRIAN);

        List<Invoicing.InvoiceLine> rated = taxes.rate(payment("DE", TaxCategory.STANDARD), lines(), LocalDate.parse("2021-01-04"));

        assertThat(rated).extracting(l -> l.lineId() + " " + l.taxRate() + " " + l.gross())
                .containsExactly("1 0.19 119.00", "2 0.16 119.00");
        assertThatThrownBy(() -> taxes.rate(payment("DE", TaxCategory.REDUCED), lines(), LocalDate.parse("2021-01-04")))
                .isInstanceOf(PaymentRuleViolation.class)
                .hasMessageContaining("no tax rule for REDUCED in DE on 2021-01-04 (line 1)");
    }
}
