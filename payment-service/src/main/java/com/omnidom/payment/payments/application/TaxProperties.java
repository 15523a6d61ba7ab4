package com.omnidom.payment.payments.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param taxPoint which day's tax rule an invoice takes: SUPPLY = the day of its shipment or pickup (the event's
 *                 occurredAt in the tax country's zone), ORDER = the day the order was accepted
 */
@ConfigurationProperties("omnidom.payment.tax")
public record TaxProperties(@DefaultValue("SUPPLY") TaxPoint taxPoint) {

    public enum TaxPoint { SUPPLY, ORDER }
}
