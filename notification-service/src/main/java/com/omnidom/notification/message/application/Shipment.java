package com.omnidom.notification.message.application;

import com.omnidom.notification.contact.domain.ContactLine;

import java.util.List;
import java.util.UUID;

/** Lines of an order left a location with a carrier. */
public record Shipment(UUID orderId, UUID fulfillmentId, String locationId, String carrier, String trackingNumber,
                       List<ContactLine> lines) {
}
