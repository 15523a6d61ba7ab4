package com.omnidom.notification.contact.domain;

import com.omnidom.kernel.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Whom to tell about an order and in which language: the part of an accepted order that messages need. */
@Entity
@Table(name = "order_contact")
public class OrderContact {

    @Id
    private UUID orderId;

    private String orderNumber;

    private String customerName;

    private String email;

    private String language;

    @Enumerated(EnumType.STRING)
    private DeliveryMode deliveryMode;

    private String pickupLocationId;

    private String currency;

    private BigDecimal total;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<ContactLine> lines;

    private Instant acceptedAt;

    protected OrderContact() {
        // for JPA
    }

    /** @param language BCP 47 tag; a missing one means English */
    public static OrderContact of(UUID orderId, String orderNumber, String customerName, String email, String language,
                                  DeliveryMode deliveryMode, String pickupLocationId, Money total,
                                  List<ContactLine> lines, Instant acceptedAt) {
        OrderContact contact = new OrderContact();
        contact.orderId = Objects.requireNonNull(orderId, "orderId");
        contact.orderNumber = orderNumber == null || orderNumber.isBlank() ? orderId.toString() : orderNumber;
        contact.customerName = customerName;
        contact.email = email == null || email.isBlank() ? null : email.strip();
        contact.language = language == null || language.isBlank() ? "en" : language.strip();
        contact.deliveryMode = deliveryMode == null ? DeliveryMode.SHIP : deliveryMode;
        contact.pickupLocationId = pickupLocationId;
        Objects.requireNonNull(total, "total");
        contact.currency = total.currency().getCurrencyCode();
        contact.total = total.amount();
        contact.lines = new ArrayList<>(lines);
        contact.acceptedAt = acceptedAt;
        return contact;
    }

    /** Whether the customer can be reached by e-mail at all (a POS customer may have given none). */
    public boolean reachableByEmail() {
        return email != null;
    }

    public UUID orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String customerName() {
        return customerName;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public DeliveryMode deliveryMode() {
        return deliveryMode;
    }

    public String pickupLocationId() {
        return pickupLocationId;
    }

    /** The order total; the columns keep the amount and the currency code. */
    public Money total() {
        return Money.of(total, Currency.getInstance(currency));
    }

    public List<ContactLine> lines() {
        return List.copyOf(lines);
    }
}
