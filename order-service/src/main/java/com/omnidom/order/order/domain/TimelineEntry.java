package com.omnidom.order.order.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Something that happened to an order: {@code type} names the fact (the event's name), {@code summary} says it for people. */
@Entity
@Table(name = "order_timeline")
public class TimelineEntry {

    static final int MAX_SUMMARY = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    private Instant occurredAt;

    private String type;

    private String summary;

    protected TimelineEntry() {
        // for JPA
    }

    TimelineEntry(Order order, Instant occurredAt, String type, String summary) {
        this.order = order;
        // PostgreSQL keeps microseconds: what is answered now must equal what is read later
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.type = type;
        this.summary = summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY - 1) + "…";
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String type() {
        return type;
    }

    public String summary() {
        return summary;
    }
}
