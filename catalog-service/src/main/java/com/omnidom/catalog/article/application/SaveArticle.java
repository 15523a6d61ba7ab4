package com.omnidom.catalog.article.application;

import com.omnidom.catalog.article.domain.Article;
import com.omnidom.catalog.article.domain.ArticleContent;
import com.omnidom.catalog.article.domain.ArticleSnapshot;
import com.omnidom.catalog.article.domain.Articles;
import com.omnidom.catalog.article.domain.Component;
import com.omnidom.catalog.article.domain.Sku;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates and replaces articles. Every rule, including that referenced articles exist and that a bundle
 * does not contain itself through its components, is checked before anything is written; a change and
 * its {@code ArticleChanged} event commit together.
 */
@Service
public class SaveArticle {

    /** Bounds the walk through nested bundles when looking for a cycle. */
    private static final int MAX_BUNDLE_WALK = 10_000;

    private final Articles articles;
    private final Outbox outbox;
    private final Clock clock;

    public SaveArticle(Articles articles, Outbox outbox, Clock clock) {
        this.articles = articles;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SavedArticle create(ArticleDocument document) {
        Sku sku = new Sku(document.sku());
        ArticleContent content = ArticleDocuments.toContent(document);
        if (articles.existsById(sku.value())) {
            throw new StateConflict("Article " + sku + " exists already; PUT /api/v1/articles/" + sku + " replaces it.");
        }
        return insert(sku, content);
    }

    /**
     * Creates the article or replaces its content. Content equal to the stored one changes nothing: no new
     * version, no event (so re-importing a file is a no-op). Rejections happen before any write, so they do
     * not spoil a caller's transaction (an import chunk goes on with its next row).
     */
    @Transactional(noRollbackFor = RuleViolation.class)
    public SavedArticle createOrReplace(ArticleDocument document) {
        Sku sku = new Sku(document.sku());
        ArticleContent content = ArticleDocuments.toContent(document);
        Optional<Article> stored = articles.find(sku);
        if (stored.isEmpty()) return insert(sku, content);
        Article article = stored.get();
        check(sku, content);
        boolean changed = article.replaceWith(content, clock.instant());
        if (!changed) return new SavedArticle(article.snapshot(), SavedArticle.Change.UNCHANGED);
        return new SavedArticle(publish(article), SavedArticle.Change.UPDATED);
    }

    private SavedArticle insert(Sku sku, ArticleContent content) {
        check(sku, content);
        Article article = Article.create(sku, content, clock.instant());
        articles.save(article);
        return new SavedArticle(publish(article), SavedArticle.Change.CREATED);
    }

    private ArticleSnapshot publish(Article article) {
        // flush first: the version is assigned (and the row locked) by the write, and the event must carry it
        articles.flush();
        ArticleSnapshot snapshot = article.snapshot();
        outbox.append(ArticleEvents.changed(snapshot, clock.instant()));
        return snapshot;
    }

    /** The content's own rules plus those needing other articles, all reported at once. */
    private void check(Sku sku, ArticleContent content) {
        List<Violation> violations = new ArrayList<>(content.violations(sku));
        if (violations.isEmpty()) violations.addAll(referenceViolations(sku, content));
        if (!violations.isEmpty()) throw new RuleViolation(violations);
    }

    private List<Violation> referenceViolations(Sku sku, ArticleContent content) {
        Set<String> referenced = content.referencedSkus();
        if (referenced.isEmpty()) return List.of();
        Set<String> existing = new HashSet<>(articles.existing(referenced));
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < content.components().size(); i++) {
            String component = content.components().get(i).sku();
            if (!existing.contains(component)) {
                violations.add(new Violation("components[" + i + "].sku", "no article with SKU " + component));
            } else if (contains(component, sku.value())) {
                violations.add(new Violation("components[" + i + "].sku",
                        component + " contains " + sku + " through its components: a bundle cannot contain itself"));
            }
        }
        for (int i = 0; i < content.accessories().size(); i++) {
            String accessory = content.accessories().get(i);
            if (!existing.contains(accessory)) {
                violations.add(new Violation("accessories[" + i + "]", "no article with SKU " + accessory));
            }
        }
        return violations;
    }

    /** Whether the stored bundle {@code bundle} contains {@code sku} at any depth. */
    private boolean contains(String bundle, String sku) {
        Set<String> seen = new HashSet<>();
        Deque<String> frontier = new ArrayDeque<>(List.of(bundle));
        while (!frontier.isEmpty() && seen.size() < MAX_BUNDLE_WALK) {
            List<String> batch = new ArrayList<>();
            while (!frontier.isEmpty()) {
                String next = frontier.poll();
                if (seen.add(next)) batch.add(next);
            }
            for (Article article : articles.findAllById(batch)) {
                for (Component component : article.content().components()) {
                    if (component.sku().equals(sku)) return true;
                    if (!seen.contains(component.sku())) frontier.add(component.sku());
                }
            }
        }
        return false;
    }
}
