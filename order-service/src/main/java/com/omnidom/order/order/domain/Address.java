package com.omnidom.order.order.domain;

/** A postal address; {@code country} is ISO 3166-1 alpha-2. */
public record Address(String name, String street, String postalCode, String city, String country) {
}
