package com.omnidom.payment.payments.domain;

import com.omnidom.payment.taxes.domain.TaxCategory;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** An order line with its price and how many of its units were captured (shipped or picked up), cancelled and returned. */
@Entity
@Table(name = "payment_line")
public class PaymentLine {

    @Id
    private UUID id;

    private int position;

    private String lineId;

    private String sku;

    private int quantity;

    private BigDecimal unitPrice;

    private BigDecimal taxRate;

    @Enumerated(EnumType.STRING)
    private TaxCategory taxCategory;

    private int capturedQuantity;

    private int returnedQuantity;

    private int cancelledQuantity;

    @Enumerated(EnumType.STRING)
    private ChargeSpec.ChargeType chargeType;

    protected PaymentLine() {
        // for JPA
    }

    PaymentLine(int position, LineSpec spec) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.lineId = spec.lineId();
        this.sku = spec.sku();
        this.quantity = spec.quantity();
        this.unitPrice = spec.unitPrice();
        this.taxRate = spec.taxRate();
        this.taxCategory = spec.taxCategory();
    }

    /** A charge as a line of one unit: its name stands where an article has its sku (on the documents too). */
    PaymentLine(int position, String lineId, ChargeSpec charge) {
        this(position, new LineSpec(lineId, charge.name() == null || charge.name().isBlank()
                ? charge.type().name() : charge.name(), 1, charge.amount(), charge.taxRate(), charge.taxCategory()));
        this.chargeType = charge.type();
    }

    /** The charge's type; null for an article line. */
    public ChargeSpec.ChargeType chargeType() {
        return chargeType;
    }

    public boolean isCharge() {
        return chargeType != null;
    }

    /** Units still to be shipped and captured: neither captured nor cancelled. */
    int open() {
        return quantity - capturedQuantity - cancelledQuantity;
    }

    int returnable() {
        return capturedQuantity - returnedQuantity;
    }

    void noteCaptured(int units) {
        capturedQuantity += units;
    }

    void noteReturned(int units) {
        returnedQuantity += units;
    }

    void noteCancelled(int units) {
        cancelledQuantity += units;
    }

    public int position() {
        return position;
    }

    public String lineId() {
        return lineId;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal taxRate() {
        return taxRate;
    }

    /** Null for lines of older producers: their invoice keeps {@link #taxRate()}. */
    public TaxCategory taxCategory() {
        return taxCategory;
    }

    public int capturedQuantity() {
        return capturedQuantity;
    }

    public int returnedQuantity() {
        return returnedQuantity;
    }

    public int cancelledQuantity() {
        return cancelledQuantity;
    }
}
