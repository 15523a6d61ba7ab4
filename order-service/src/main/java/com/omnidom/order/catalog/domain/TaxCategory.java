package com.omnidom.order.catalog.domain;

/** Chooses payment-service's tax rule with the country and the day of supply; the catalog gives each article one. */
public enum TaxCategory { STANDARD, REDUCED, SUPER_REDUCED, ZERO, EXEMPT }
