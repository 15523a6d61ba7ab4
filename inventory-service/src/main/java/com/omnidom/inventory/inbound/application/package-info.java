/** Announces, changes, cancels and receives goods in transit. */
package com.omnidom.inventory.inbound.application;
