/** REST API of orders under /api/v1/orders. */
package com.omnidom.order.order.web;
