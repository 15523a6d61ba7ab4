package com.omnidom.payment.payments.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret the secret shared with the PSP: its notifications carry {@code Psp-Signature: sha256=<hex>}, the
 *               HMAC-SHA256 of the raw body under it (the simulator's demo secret locally; a real one from the
 *               environment, {@code OMNIDOM_PAYMENT_PSP_NOTIFICATIONS_SECRET})
 */
@ConfigurationProperties("omnidom.payment.psp-notifications")
public record PspNotificationProperties(String secret) {
}
