package com.omnidom.events;

/**
 * What a tax rule is chosen by besides the country and the day: the catalog gives each article one, the order carries
 * it on each line, payment-service's tax rules say its rate per country and period (e.g. Germany: STANDARD 19 %,
 * REDUCED 7 %; 16 % and 5 % from 1 July to 31 December 2020).
 */
public enum TaxCategory { STANDARD, REDUCED, SUPER_REDUCED, ZERO, EXEMPT }
