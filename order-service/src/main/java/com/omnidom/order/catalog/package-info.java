/**
 * The replicas of the catalog's articles (from the compacted {@code catalog.articles.v1}) and promotions (from
 * {@code catalog.promotions.v1}): what the order intake checks an order's lines against (known, active, valid, sold in
 * the country, priced per channel and currency, tax category, bundle components) and which discounts it takes off.
 */
package com.omnidom.order.catalog;
