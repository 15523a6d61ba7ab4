package com.omnidom.order.risk.domain;

/**
 * What the database counted about the order's customer, address and cards before this order.
 *
 * @param knownCustomer         the customer ordered before
 * @param knownAddress          the customer had an order delivered to this address before
 * @param customerOrdersLastHour orders of the customer within the velocity window
 * @param addressOrdersLastHour  orders to the address within the window
 * @param cardOrdersLastHour     orders paid with the busiest of the order's cards within the window
 */
public record RiskHistory(boolean knownCustomer, boolean knownAddress, int customerOrdersLastHour,
                          int addressOrdersLastHour, int cardOrdersLastHour) {
}
