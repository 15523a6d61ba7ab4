/**
 * The partner feed: each drop-ship or franchise partner gets its own fulfilment orders on its own topic,
 * {@code partner.<partnerId>.fulfillment-orders.v1}, with what the work needs and nothing else (docs/partners.md).
 */
package com.omnidom.routing.partner;
