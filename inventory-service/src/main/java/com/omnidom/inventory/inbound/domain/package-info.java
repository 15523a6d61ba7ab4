/** The inbound shipment and its rules; no Spring, web or JSON. */
package com.omnidom.inventory.inbound.domain;
