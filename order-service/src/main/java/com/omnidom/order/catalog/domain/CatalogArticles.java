package com.omnidom.order.catalog.domain;

import java.util.Collection;
import java.util.Map;

/** The replica's store. */
public interface CatalogArticles {

    /** Stores the article unless a version as high is stored already; @return whether it was stored. */
    boolean apply(CatalogArticle article);

    /** The stored articles of these SKUs, by SKU; SKUs not known are absent. */
    Map<String, CatalogArticle> find(Collection<String> skus);
}
