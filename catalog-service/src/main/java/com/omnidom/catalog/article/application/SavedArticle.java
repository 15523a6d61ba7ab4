package com.omnidom.catalog.article.application;

import com.omnidom.catalog.article.domain.ArticleSnapshot;

/** The outcome of saving an article: its state afterwards and what happened. */
public record SavedArticle(ArticleSnapshot article, Change change) {

    public enum Change { CREATED, UPDATED, UNCHANGED }
}
