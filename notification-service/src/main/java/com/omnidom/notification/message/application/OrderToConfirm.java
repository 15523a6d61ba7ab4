package com.omnidom.notification.message.application;

import com.omnidom.kernel.Money;
import com.omnidom.notification.contact.domain.ContactLine;
import com.omnidom.notification.contact.domain.DeliveryMode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An accepted order, as notification needs it (translated from OrderAccepted at the edge). */
public record OrderToConfirm(UUID orderId, String orderNumber, String customerName, String email, String language,
                             DeliveryMode deliveryMode, String pickupLocationId, Money total,
                             List<ContactLine> lines, Instant acceptedAt) {
}
