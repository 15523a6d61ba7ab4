/** Allocations of fulfilment orders: all lines or nothing, released on rejection, consumed when goods leave. */
package com.omnidom.inventory.allocation;
