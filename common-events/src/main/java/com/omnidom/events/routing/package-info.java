/** Events published by routing-service about fulfilment orders on {@code fulfillment.events.v1}, keyed by order id. */
package com.omnidom.events.routing;
