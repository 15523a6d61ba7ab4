package com.omnidom.order.catalog.application;

import com.omnidom.order.catalog.domain.CatalogArticle;
import com.omnidom.order.catalog.domain.CatalogArticles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Map;

/**
 * Keeps the replica of the catalog's articles: the highest version per SKU wins, so reading the compacted topic again
 * from the beginning (or a snapshot overtaken by a newer one) changes nothing.
 */
@Service
public class ReplicateArticles {

    private final CatalogArticles articles;

    public ReplicateArticles(CatalogArticles articles) {
        this.articles = articles;
    }

    @Transactional
    public boolean noteArticleChanged(CatalogArticle article) {
        return articles.apply(article);
    }

    /** The known articles of these SKUs, by SKU. */
    public Map<String, CatalogArticle> find(Collection<String> skus) {
        return articles.find(skus);
    }
}
