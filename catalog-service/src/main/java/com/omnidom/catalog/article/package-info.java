/** Articles sold by the retailer: texts, images, regions, validity, kind, combinations, accessories and prices. */
package com.omnidom.catalog.article;
