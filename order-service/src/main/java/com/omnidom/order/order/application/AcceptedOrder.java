package com.omnidom.order.order.application;

/** The answer to an order placed: the order, and whether it is the stored answer to an earlier request with the same key. */
public record AcceptedOrder(OrderView order, boolean replayed) {
}
