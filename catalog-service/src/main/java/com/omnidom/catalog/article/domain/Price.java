package com.omnidom.catalog.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.Instant;

/** The price of an article in one sales channel and currency, valid in [validFrom, validUntil); null ends are open. */
@Embeddable
public record Price(
        @Column(name = "channel", nullable = false) String channel,
        @Column(name = "currency", nullable = false) String currency,
        @Column(name = "amount", nullable = false) BigDecimal amount,
        @Column(name = "valid_from") Instant validFrom,
        @Column(name = "valid_until") Instant validUntil) {
}
