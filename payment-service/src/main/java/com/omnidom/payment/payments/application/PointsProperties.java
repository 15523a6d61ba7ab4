package com.omnidom.payment.payments.application;

import com.omnidom.kernel.Money;
import com.omnidom.payment.payments.domain.PaymentRuleViolation;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * What one bonus point is worth per currency ({@code omnidom.payment.points.value.EUR: 0.01}): a BONUS_POINTS tender
 * of an amount redeems amount / value points. Each value must be positive and exact at the currency's minor unit (so
 * points × value is money without rounding), else the service does not start.
 */
@ConfigurationProperties("omnidom.payment.points")
public record PointsProperties(Map<String, BigDecimal> value) {

    public PointsProperties {
        value = value == null ? Map.of() : Map.copyOf(value);
        value.forEach((currency, perPoint) -> {
            int digits = Money.minorDigits(Currency.getInstance(currency));
            if (perPoint.signum() <= 0 || perPoint.stripTrailingZeros().scale() > digits) {
                throw new IllegalArgumentException("omnidom.payment.points.value." + currency + " = " + perPoint.toPlainString()
                        + ": a point's value must be positive with at most " + digits + " decimals");
            }
        });
    }

    /** A point's value in {@code currency}, if points are worth anything there. */
    public Optional<BigDecimal> valueIn(String currency) {
        return Optional.ofNullable(value.get(currency));
    }

    /** A point's value in {@code currency}; an order paying with points in another currency breaks the rules. */
    public BigDecimal required(String currency) {
        return valueIn(currency).orElseThrow(() -> new PaymentRuleViolation("bonus points have no value in " + currency
                + " (omnidom.payment.points.value)"));
    }
}
