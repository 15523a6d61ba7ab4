/** The catalog data pool: articles with prices and combinations, and delivery locations. */
package com.omnidom.catalog;
