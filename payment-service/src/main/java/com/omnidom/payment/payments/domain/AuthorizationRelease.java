package com.omnidom.payment.payments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Money authorised for cancelled lines and given back to the tenders uncaptured; at most one per cancellation
 * (unique in the table). Card parts carry the PSP's release id, the others were booked back here.
 */
@Entity
@Table(name = "authorization_release")
public class AuthorizationRelease {

    @Id
    private UUID releaseId;

    private UUID orderId;

    private UUID cancellationId;

    private String currency;

    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<LineQuantity> lines;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<TenderPayment> parts;

    private String reason;

    private Instant releasedAt;

    protected AuthorizationRelease() {
        // for JPA
    }

    public static AuthorizationRelease of(OrderId orderId, UUID cancellationId, String currency, ReleasePlan plan,
                                          List<TenderPayment> parts, String reason, Instant now) {
        AuthorizationRelease release = new AuthorizationRelease();
        release.releaseId = UUID.randomUUID();
        release.orderId = orderId.value();
        release.cancellationId = cancellationId;
        release.currency = currency;
        release.amount = plan.amount().amount();
        release.lines = List.copyOf(plan.items());
        release.parts = List.copyOf(parts);
        release.reason = reason;
        release.releasedAt = now;
        return release;
    }

    public UUID releaseId() {
        return releaseId;
    }

    public UUID cancellationId() {
        return cancellationId;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public List<LineQuantity> lines() {
        return lines;
    }

    public List<TenderPayment> parts() {
        return parts;
    }

    public String reason() {
        return reason;
    }

    public Instant releasedAt() {
        return releasedAt;
    }
}
