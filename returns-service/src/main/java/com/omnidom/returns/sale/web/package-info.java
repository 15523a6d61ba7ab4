/** REST view of an order's returnable lines under /api/v1/orders/{orderId}/returnable. */
package com.omnidom.returns.sale.web;
