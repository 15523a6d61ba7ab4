package com.omnidom.routing.fulfillment.domain;

/** SHIP from the location to the customer, or PICKUP by the customer at the location. */
public enum FulfillmentMode { SHIP, PICKUP }
