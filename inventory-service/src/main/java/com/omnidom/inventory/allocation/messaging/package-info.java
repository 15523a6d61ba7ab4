/** Listens to fulfilment events and translates them into allocation use cases. */
package com.omnidom.inventory.allocation.messaging;
