package com.omnidom.catalog.imports.application;

import com.omnidom.catalog.article.application.ArticleDocument;
import com.omnidom.catalog.article.application.SaveArticle;
import com.omnidom.catalog.imports.domain.ImportKind;
import com.omnidom.catalog.location.application.LocationDocument;
import com.omnidom.catalog.location.application.SaveLocation;

/**
 * Where the rows of one kind of import go: the same use case the REST API calls, so an imported row obeys
 * exactly the rules (and publishes exactly the events) of a PUT.
 */
record ImportTarget(ImportKind kind, Class<?> documentType, CsvLayout csv, Apply apply) {

    /** Saves one row's document; throws a {@code RuleViolation} naming the fields when a rule is broken. */
    interface Apply {
        void to(Object document);
    }

    static ImportTarget articles(SaveArticle saveArticle) {
        return new ImportTarget(ImportKind.ARTICLES, ArticleDocument.class, new ArticleCsv(),
                document -> saveArticle.createOrReplace((ArticleDocument) document));
    }

    static ImportTarget locations(SaveLocation saveLocation) {
        return new ImportTarget(ImportKind.LOCATIONS, LocationDocument.class, new LocationCsv(),
                document -> saveLocation.createOrReplace((LocationDocument) document));
    }
}
