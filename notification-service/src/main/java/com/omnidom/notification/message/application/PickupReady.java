package com.omnidom.notification.message.application;

import com.omnidom.notification.contact.domain.ContactLine;

import java.util.List;
import java.util.UUID;

/**
 * Lines of an order wait at a store for the customer.
 *
 * @param pickupCode what the customer shows at the counter; null when routing drew none (made ready before codes existed)
 */
public record PickupReady(UUID orderId, UUID fulfillmentId, String locationId, List<ContactLine> lines, String pickupCode) {
}
