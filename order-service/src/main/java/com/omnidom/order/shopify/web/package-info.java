/** The Shopify webhook endpoint. */
package com.omnidom.order.shopify.web;
