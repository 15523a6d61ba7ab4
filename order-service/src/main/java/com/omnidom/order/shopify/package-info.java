/** The Shopify channel: the orders/create webhook, its HMAC signature, and its mapping to an Omnidom order. */
package com.omnidom.order.shopify;
