/** Listeners for order.events.v1 and fulfillment.events.v1, translating contract events to sales and deliveries. */
package com.omnidom.returns.sale.messaging;
