package com.omnidom.routing.fulfillment.application;

import java.time.LocalDate;

/**
 * What a location (a store, a warehouse, a partner) needs of an order beyond its fulfilment order: the order number
 * for people, the recipient and the delivery address (a PICKUP has only the name), the promised day and express. No
 * e-mail, no phone, no money. The partner feed keeps it from the order's events and sends it to partners.
 */
public record ShipTo(String orderNumber, boolean pickup, String name, String street, String postalCode, String city,
                     String country, LocalDate deliverBy, boolean express) {
}
