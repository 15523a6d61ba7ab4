package com.omnidom.order.order.domain;

/**
 * Who ordered; {@code customerId} is the channel's customer id (e-shop account, marketplace buyer), {@code loyaltyId}
 * the loyalty card a store till scanned; {@code language} is the BCP 47 tag the customer is addressed in.
 */
public record Customer(String customerId, String name, String email, String phone, String language, String loyaltyId) {

    public Customer(String customerId, String name, String email, String phone, String language) {
        this(customerId, name, email, phone, language, null);
    }

    /** Trimmed, e-mail in lower case, phone without spaces and dashes. */
    public Customer normalised() {
        return new Customer(Texts.clean(customerId), Texts.clean(name),
                email == null ? null : Texts.clean(email).toLowerCase(java.util.Locale.ROOT),
                phone == null ? null : phone.replaceAll("[\\s()/.-]", ""), Texts.clean(language), Texts.clean(loyaltyId));
    }
}
