/** The rule table and the set-based re-derivation of stock.safety_stock. */
package com.omnidom.inventory.safety.persistence;
