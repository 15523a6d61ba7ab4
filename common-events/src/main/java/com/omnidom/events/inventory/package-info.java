/** Events published by inventory-service: allocations on {@code inventory.events.v1} (keyed by order id) and availability on the compacted {@code inventory.availability.v1} (keyed by sku@location). */
package com.omnidom.events.inventory;
