package com.omnidom.routing.engine;

/** How the goods reach the customer: shipped to the destination, or collected at the pickup store. */
public enum FulfillmentMode { SHIP, PICKUP }
