package com.omnidom.payment.payments.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The reminders of overdue invoices paid on account.
 *
 * @param levels   in order: level 1 is the first; each is reached {@code after} the due date, adds its {@code fee} (in
 *                 the invoice's currency) and asks for payment within {@code payWithin}
 * @param interval how often the dunning run looks for invoices that reached a level
 */
@ConfigurationProperties("omnidom.payment.dunning")
public record DunningProperties(List<Level> levels, @DefaultValue("1h") Duration interval) {

    public DunningProperties {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public record Level(Duration after, BigDecimal fee, @DefaultValue("7d") Duration payWithin) {
    }
}
