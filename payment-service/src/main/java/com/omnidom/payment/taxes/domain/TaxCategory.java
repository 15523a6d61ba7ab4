package com.omnidom.payment.taxes.domain;

/** An article's tax category, as the contract's {@code TaxCategory} names it; the country's rules give its rate. */
public enum TaxCategory { STANDARD, REDUCED, SUPER_REDUCED, ZERO, EXEMPT }
