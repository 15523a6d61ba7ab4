package com.omnidom.catalog.article.application;

import com.omnidom.catalog.article.domain.ArticleContent;
import com.omnidom.catalog.article.domain.ArticleSnapshot;
import com.omnidom.catalog.article.domain.ArticleText;
import com.omnidom.catalog.article.domain.Component;
import com.omnidom.catalog.article.domain.Price;

import java.util.List;
import java.util.function.Function;

/** Between the client's document and the domain's content. */
public final class ArticleDocuments {

    private ArticleDocuments() {
    }

    public static ArticleContent toContent(ArticleDocument d) {
        return new ArticleContent(d.kind(),
                map(d.texts(), t -> new ArticleText(t.language(), t.name(), t.description())),
                d.imageUrls(), d.regions(), d.validFrom(), d.validUntil(),
                map(d.components(), c -> new Component(c.sku(), c.quantity())),
                d.accessories(),
                map(d.prices(), p -> new Price(p.channel(), p.currency(), p.amount(), p.validFrom(), p.validUntil())),
                d.active() == null || d.active(), d.taxCategory());
    }

    public static ArticleDocument toDocument(ArticleSnapshot s) {
        ArticleContent c = s.content();
        return new ArticleDocument(s.sku().value(), c.kind(),
                map(c.texts(), t -> new ArticleDocument.Text(t.language(), t.name(), t.description())),
                c.imageUrls(), c.regions(), c.validFrom(), c.validUntil(),
                map(c.components(), k -> new ArticleDocument.Component(k.sku(), k.quantity())),
                c.accessories(),
                map(c.prices(), p -> new ArticleDocument.Price(p.channel(), p.currency(), p.amount(), p.validFrom(), p.validUntil())),
                c.active(), c.taxCategory());
    }

    private static <A, B> List<B> map(List<A> list, Function<A, B> mapper) {
        return list == null ? List.of() : list.stream().map(mapper).toList();
    }
}
