/** Fulfilment orders: one per location chosen for an order, worked by the location through their lifecycle. */
package com.omnidom.routing.fulfillment;
