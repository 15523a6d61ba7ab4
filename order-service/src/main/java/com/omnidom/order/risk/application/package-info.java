/** Risk use cases: check an order, keep the lists and rule sets, review held orders; every decision audited. */
package com.omnidom.order.risk.application;
