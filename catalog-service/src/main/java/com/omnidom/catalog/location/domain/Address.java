package com.omnidom.catalog.location.domain;

/** Postal address; {@code country} is ISO 3166-1 alpha-2. */
public record Address(String street, String postalCode, String city, String country) {
}
