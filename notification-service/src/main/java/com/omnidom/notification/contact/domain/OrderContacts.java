package com.omnidom.notification.contact.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

/** The contacts of all accepted orders, by order id. */
public interface OrderContacts extends JpaRepository<OrderContact, UUID> {
}
