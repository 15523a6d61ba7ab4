package com.omnidom.catalog.location.domain;

/** What a location can do for an order; PICKUP needs opening hours. */
public enum Capability { SHIP, PICKUP, SHIP_TO_STORE, ACCEPT_RETURNS }
