/** Verifies Shopify's webhook signature and maps a Shopify order to an order request. */
package com.omnidom.order.shopify.application;
