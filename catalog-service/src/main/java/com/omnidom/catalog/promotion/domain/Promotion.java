package com.omnidom.catalog.promotion.domain;

import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A promotion. Every change goes through {@link #create} or {@link #replaceWith}, which check the rules first and
 * change nothing when one is broken. There is no delete: a promotion ends by its validity or {@code active: false},
 * and that state is published like any other (a compacted topic keeps it).
 */
@Entity
@Table(name = "promotion")
public class Promotion {

    @Id
    private String id;

    private String code;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<PromotionName> names;

    private Instant validFrom;

    private Instant validUntil;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> channels;

    private String currency;

    @Enumerated(EnumType.STRING)
    private PromotionKind kind;

    private BigDecimal percent;

    private BigDecimal amount;

    private BigDecimal minimumOrderValue;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> skus;

    private Integer minimumQuantity;

    private boolean active;

    @Version
    private Long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Promotion() {
        // for JPA
    }

    public static Promotion create(PromotionId id, PromotionContent content, Instant now) {
        PromotionContent valid = validated(content);
        Promotion promotion = new Promotion();
        promotion.id = id.value();
        promotion.createdAt = now;
        promotion.apply(valid, now);
        return promotion;
    }

    /** Replaces the whole content; false when it equals the current one (no new version, no event). */
    public boolean replaceWith(PromotionContent content, Instant now) {
        PromotionContent valid = validated(content);
        if (valid.equals(content())) return false;
        apply(valid, now);
        return true;
    }

    private static PromotionContent validated(PromotionContent content) {
        List<Violation> violations = content.violations();
        if (!violations.isEmpty()) throw new RuleViolation(violations);
        return content.normalized();
    }

    private void apply(PromotionContent c, Instant now) {
        code = c.code();
        names = new ArrayList<>(c.names());
        validFrom = c.validFrom();
        validUntil = c.validUntil();
        channels = new ArrayList<>(c.channels());
        currency = c.currency();
        kind = c.kind();
        percent = c.percent();
        amount = c.amount();
        minimumOrderValue = c.minimumOrderValue();
        skus = new ArrayList<>(c.skus());
        minimumQuantity = c.minimumQuantity();
        active = c.active();
        updatedAt = now;
    }

    public PromotionId id() {
        return new PromotionId(id);
    }

    public PromotionContent content() {
        return new PromotionContent(code, names, validFrom, validUntil, channels, currency, kind, percent, amount,
                minimumOrderValue, skus, minimumQuantity, active);
    }

    /** The current state, detached from the persistence context; the version is that of the last flush. */
    public PromotionSnapshot snapshot() {
        return new PromotionSnapshot(id(), version == null ? 0 : version, content(), createdAt, updatedAt);
    }
}
