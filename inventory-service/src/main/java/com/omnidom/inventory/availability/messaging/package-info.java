/** Evicts cached availability when inventory.availability.v1 says a key changed (on every instance). */
package com.omnidom.inventory.availability.messaging;
