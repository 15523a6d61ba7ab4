/** Keeps the article replica: the highest version per SKU wins. */
package com.omnidom.order.catalog.application;
