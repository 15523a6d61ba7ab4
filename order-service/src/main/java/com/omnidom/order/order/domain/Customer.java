package com.omnidom.order.order.domain;

/** Who ordered; {@code language} is the BCP 47 tag the customer is addressed in. */
public record Customer(String customerId, String name, String email, String phone, String language) {
}
