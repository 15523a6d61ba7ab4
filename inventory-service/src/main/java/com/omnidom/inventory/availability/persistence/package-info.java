/** Set-based reads of stock rows with their reservations and arrivals, and the pending marks of changed keys. */
package com.omnidom.inventory.availability.persistence;
