package com.omnidom.notification.message.application;

import com.omnidom.notification.contact.domain.ContactLine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Lines of an order still wait at a store: the customer is reminded, once per fulfilment order.
 *
 * @param pickupCode what the customer shows at the counter; null when routing drew none (made ready before codes existed)
 * @param heldUntil  until when the store holds them
 */
public record PickupReminder(UUID orderId, UUID fulfillmentId, String locationId, List<ContactLine> lines, String pickupCode,
                             Instant heldUntil) {
}
