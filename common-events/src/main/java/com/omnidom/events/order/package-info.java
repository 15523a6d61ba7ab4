/** Events published by order-service on {@code order.events.v1}, keyed by order id. */
package com.omnidom.events.order;
