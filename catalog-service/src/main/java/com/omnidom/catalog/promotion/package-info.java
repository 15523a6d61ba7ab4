/** Promotions: automatic ones and coupons, order-level or per unit of given SKUs; published for order-service's intake. */
package com.omnidom.catalog.promotion;
