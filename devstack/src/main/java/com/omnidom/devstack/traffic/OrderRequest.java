package com.omnidom.devstack.traffic;

import java.util.List;

/**
 * The body of order-service's {@code POST /api/v1/orders}, exactly as it goes over the wire: amounts are strings
 * with two decimals, as a shop would send them.
 */
public record OrderRequest(String channel, String orderNumber, Customer customer, String currency, List<Line> lines,
                           Delivery delivery, List<Tender> tenders, boolean priority) {

    public record Customer(String customerId, String name, String email, String phone, String language) {
    }

    public record Line(String sku, int quantity, String unitPrice, String taxRate) {
    }

    /** {@code mode} SHIP or PICKUP; a pickup names the store (order-service puts the store's address on the order). */
    public record Delivery(String mode, Address address, Geo geo, String pickupLocationId) {
    }

    public record Address(String name, String street, String postalCode, String city, String country) {
    }

    public record Geo(double latitude, double longitude) {
    }

    public record Tender(String type, String amount, String reference) {
    }

    /** Ordered units over all lines: the order is fully assigned once its fulfilment orders hold this many. */
    public int units() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }
}
