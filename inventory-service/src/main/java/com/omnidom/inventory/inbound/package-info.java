/** Goods in transit to a location (purchase orders, transfers), each with source, quantity and ETA; received units go on hand. */
package com.omnidom.inventory.inbound;
