/** The inbound and inbound_receipt tables. */
package com.omnidom.inventory.inbound.persistence;
