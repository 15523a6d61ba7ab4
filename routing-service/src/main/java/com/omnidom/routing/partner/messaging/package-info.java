/** Follows locations, orders and routing's own fulfilment events into the partner feed; creates partner topics. */
package com.omnidom.routing.partner.messaging;
