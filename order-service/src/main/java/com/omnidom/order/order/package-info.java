/** Accepts and tracks customer orders. */
package com.omnidom.order.order;
