/** Stock per article and location: on hand, allocations of fulfilment orders, and the availability others read. */
package com.omnidom.inventory;
