package com.omnidom.notification.contact.domain;

/** How the customer gets the goods: shipped to an address, or collected at a store. */
public enum DeliveryMode { SHIP, PICKUP }
