package com.omnidom.routing.partner.application;

import java.time.LocalDate;

/**
 * What a partner needs of an order beyond its fulfilment order: the order number for people, the recipient and the
 * delivery address (a PICKUP has only the name), the promised day and express. No e-mail, no phone, no money.
 */
public record ShipTo(String orderNumber, boolean pickup, String name, String street, String postalCode, String city,
                     String country, LocalDate deliverBy, boolean express) {
}
