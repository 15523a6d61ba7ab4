package com.omnidom.order.order.domain;

import java.util.Locale;

/** A postal address; {@code country} is ISO 3166-1 alpha-2. */
public record Address(String name, String street, String postalCode, String city, String country) {

    /** Whitespace trimmed and collapsed, postal code and country in upper case: what a clerk would write. */
    public Address normalised() {
        return new Address(Texts.clean(name), Texts.clean(street),
                postalCode == null ? null : Texts.clean(postalCode).toUpperCase(Locale.ROOT),
                Texts.clean(city), country == null ? null : country.trim().toUpperCase(Locale.ROOT));
    }

    /** One line for lists and comparisons: street, postal code, city, country. */
    public String oneLine() {
        return String.join(" ", nz(street), nz(postalCode), nz(city), nz(country)).trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
