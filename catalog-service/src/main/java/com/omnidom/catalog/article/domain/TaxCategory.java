package com.omnidom.catalog.article.domain;

/**
 * Which tax rule applies to the article (with the country and the day of supply): payment-service holds the rates per
 * country and period. An article without one is STANDARD.
 */
public enum TaxCategory { STANDARD, REDUCED, SUPER_REDUCED, ZERO, EXEMPT }
