/** The {@code catalog_article} table. */
package com.omnidom.order.catalog.persistence;
