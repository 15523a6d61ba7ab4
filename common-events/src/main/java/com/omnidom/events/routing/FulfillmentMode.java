package com.omnidom.events.routing;

/** SHIP from the location to the customer's address, or PICKUP at the location (click and collect). */
public enum FulfillmentMode { SHIP, PICKUP }
