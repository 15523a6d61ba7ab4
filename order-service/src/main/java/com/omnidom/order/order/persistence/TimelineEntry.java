package com.omnidom.order.order.persistence;

import com.omnidom.order.order.domain.OrderFact;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** Something that happened to an order: when, what kind of fact ({@link TimelineType}), and the fact's data. */
@Entity
@Table(name = "order_timeline")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID orderId;

    private Instant occurredAt;

    @Convert(converter = TimelineTypeColumn.class)
    private TimelineType type;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String details;

    protected TimelineEntry() {
        // for JPA
    }

    public TimelineEntry(UUID orderId, Instant occurredAt, TimelineType type, OrderFact fact) {
        this.orderId = orderId;
        this.occurredAt = occurredAt;
        this.type = type;
        this.details = FactJson.write(fact);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public TimelineType type() {
        return type;
    }

    public OrderFact fact() {
        return FactJson.read(details);
    }
}
