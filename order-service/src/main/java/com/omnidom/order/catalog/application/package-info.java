/** Keeps the article and promotion replicas: the highest version per SKU / promotion id wins. */
package com.omnidom.order.catalog.application;
