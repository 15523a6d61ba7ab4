package com.omnidom.returns.returnorder.domain;

/** ONLINE: the customer sends the goods to {@code locationId}; STORE: the customer brought them to that store. */
public enum ReturnChannel { ONLINE, STORE }
