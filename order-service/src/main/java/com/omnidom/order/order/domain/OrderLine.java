package com.omnidom.order.order.domain;

import com.omnidom.order.catalog.domain.TaxCategory;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One line of an order: an article, its gross unit price and tax rate, and its quantities per state. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    private String lineId;

    private String sku;

    private BigDecimal unitPrice;

    private BigDecimal taxRate;

    private int ordered;

    private int assigned;

    private int allocated;

    private int shipped;

    private int readyForPickup;

    private int pickedUp;

    private int returned;

    private int refunded;

    private int unroutable;

    private int cancelled;

    @Enumerated(EnumType.STRING)
    private TaxCategory taxCategory;

    /** A component line of an ordered bundle: the bundle's line in the request (from 1) and its SKU. */
    private Integer bundleLine;

    private String bundleSku;

    /** The unit price before the discounts (null: none); unitPrice is what the customer pays per unit. */
    private BigDecimal listPrice;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<LineDiscount> discounts;

    /** On a replacement order: the line of the original it sends again. */
    private String replacesLineId;

    protected OrderLine() {
        // for JPA
    }

    OrderLine(Order order, String lineId, String sku, int ordered, BigDecimal unitPrice, BigDecimal taxRate,
              TaxCategory taxCategory, Integer bundleLine, String bundleSku, BigDecimal listPrice,
              List<LineDiscount> discounts) {
        this.order = order;
        this.listPrice = listPrice;
        this.discounts = discounts == null || discounts.isEmpty() ? null : new ArrayList<>(discounts);
        this.taxCategory = taxCategory;
        this.bundleLine = bundleLine;
        this.bundleSku = bundleSku;
        this.lineId = lineId;
        this.sku = sku;
        this.ordered = ordered;
        this.unitPrice = unitPrice;
        this.taxRate = taxRate;
    }

    public String lineId() {
        return lineId;
    }

    public String sku() {
        return sku;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal taxRate() {
        return taxRate;
    }

    /** The article's tax category (null on lines taken before the catalog was checked, and on free replacement lines of those). */
    public TaxCategory taxCategory() {
        return taxCategory;
    }

    /** The bundle's line in the request (from 1) when this line is one of its components, else null. */
    public Integer bundleLine() {
        return bundleLine;
    }

    public String bundleSku() {
        return bundleSku;
    }

    /** The unit price before the line's discounts, or null when it has none. */
    public BigDecimal listPrice() {
        return listPrice;
    }

    /** The discounts taken off this line (for all its units); empty when none. */
    public List<LineDiscount> discounts() {
        return discounts == null ? List.of() : List.copyOf(discounts);
    }

    public String replacesLineId() {
        return replacesLineId;
    }

    void replaces(String originalLineId) {
        this.replacesLineId = originalLineId;
    }

    public LineQuantities quantities() {
        return new LineQuantities(ordered, assigned, allocated, shipped, readyForPickup, pickedUp, returned, refunded,
                unroutable, cancelled);
    }

    void set(LineQuantities q) {
        if (q.ordered() != ordered) throw new IllegalStateException("the ordered quantity never changes");
        assigned = q.assigned();
        allocated = q.allocated();
        shipped = q.shipped();
        readyForPickup = q.readyForPickup();
        pickedUp = q.pickedUp();
        returned = q.returned();
        refunded = q.refunded();
        unroutable = q.unroutable();
        cancelled = q.cancelled();
    }
}
