/** Availability to promise: the publication of every change (coalesced per key) and the shop-facing ATP API. */
package com.omnidom.inventory.availability;
