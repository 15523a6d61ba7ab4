/** Consumes catalog.locations.v1. */
package com.omnidom.inventory.location.messaging;
