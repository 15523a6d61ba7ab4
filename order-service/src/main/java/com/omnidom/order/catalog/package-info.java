/**
 * The replica of the catalog's articles (from the compacted {@code catalog.articles.v1}): what the order intake checks
 * an order's lines against (known, active, valid, sold in the country, priced per channel and currency, tax category,
 * bundle components).
 */
package com.omnidom.order.catalog;
