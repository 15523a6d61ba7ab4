/** The {@code catalog_article} and {@code catalog_promotion} tables. */
package com.omnidom.order.catalog.persistence;
