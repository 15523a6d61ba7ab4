/** The allocation aggregate (one per fulfilment order) and its state machine; no web, Kafka or JSON here. */
package com.omnidom.inventory.allocation.domain;
