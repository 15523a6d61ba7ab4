package com.omnidom.catalog.article.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** All articles, by SKU. */
public interface Articles extends JpaRepository<Article, String> {

    default Optional<Article> find(Sku sku) {
        return findById(sku.value());
    }

    @Query("select a.sku from Article a where a.sku in :skus")
    List<String> existing(Collection<String> skus);
}
