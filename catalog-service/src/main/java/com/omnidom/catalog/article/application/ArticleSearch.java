package com.omnidom.catalog.article.application;

import com.omnidom.catalog.article.domain.Article;
import com.omnidom.catalog.article.domain.ArticleSnapshot;
import com.omnidom.catalog.article.domain.Articles;
import com.omnidom.catalog.article.domain.Sku;
import com.omnidom.catalog.shared.application.Searches;
import com.omnidom.kernel.Page;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads articles. The list filters in SQL (on the indexed columns), then loads the page's aggregates. */
@Service
public class ArticleSearch {

    private final Articles articles;
    private final NamedParameterJdbcTemplate jdbc;

    public ArticleSearch(Articles articles, NamedParameterJdbcTemplate jdbc) {
        this.articles = articles;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ArticleSnapshot get(String sku) {
        Sku id = new Sku(sku);
        return articles.find(id).map(Article::snapshot)
                .orElseThrow(() -> new ResourceNotFound("No article with SKU " + sku + "."));
    }

    @Transactional(readOnly = true)
    public Page<ArticleSnapshot> find(ArticleFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        var params = new MapSqlParameterSource();
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            where.add("regions @> jsonb_build_array(CAST(:region AS text))");
            params.addValue("region", filter.region().toUpperCase(Locale.ROOT));
        }
        if (filter.active() != null) {
            where.add("active = :active");
            params.addValue("active", filter.active());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(sku) LIKE :q OR search_text LIKE :q)");
            params.addValue("q", Searches.containsPattern(filter.q()));
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM article" + condition, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<String> skus = jdbc.queryForList("SELECT sku FROM article" + condition
                + " ORDER BY sku LIMIT :limit OFFSET :offset", params, String.class);
        List<ArticleSnapshot> items = Searches.inOrder(skus, articles.findAllById(skus), a -> a.sku().value())
                .stream().map(Article::snapshot).toList();
        return Page.of(items, page, size, total == null ? 0 : total);
    }
}
