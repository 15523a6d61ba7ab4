package com.omnidom.catalog.promotion.application;

import com.omnidom.catalog.article.domain.Articles;
import com.omnidom.catalog.promotion.domain.Promotion;
import com.omnidom.catalog.promotion.domain.PromotionContent;
import com.omnidom.catalog.promotion.domain.PromotionId;
import com.omnidom.catalog.promotion.domain.PromotionSnapshot;
import com.omnidom.catalog.promotion.domain.Promotions;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import com.omnidom.platform.outbox.Outbox;
import com.omnidom.platform.web.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates and replaces promotions. Every rule, including that its SKUs are articles and that no other promotion has
 * its code, is checked before anything is written; a change and its {@code PromotionChanged} event commit together.
 */
@Service
public class SavePromotion {

    private final Promotions promotions;
    private final Articles articles;
    private final Outbox outbox;
    private final Clock clock;

    public SavePromotion(Promotions promotions, Articles articles, Outbox outbox, Clock clock) {
        this.promotions = promotions;
        this.articles = articles;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SavedPromotion create(PromotionDocument document) {
        PromotionId id = new PromotionId(document.id());
        PromotionContent content = PromotionDocuments.toContent(document);
        if (promotions.existsById(id.value())) {
            throw new StateConflict("Promotion " + id + " exists already; PUT /api/v1/promotions/" + id + " replaces it.");
        }
        return insert(id, content);
    }

    /** Creates the promotion or replaces its content; content equal to the stored one changes nothing. */
    @Transactional
    public SavedPromotion createOrReplace(PromotionDocument document) {
        PromotionId id = new PromotionId(document.id());
        PromotionContent content = PromotionDocuments.toContent(document);
        Optional<Promotion> stored = promotions.find(id);
        if (stored.isEmpty()) return insert(id, content);
        Promotion promotion = stored.get();
        check(id, content);
        if (!promotion.replaceWith(content, clock.instant())) {
            return new SavedPromotion(promotion.snapshot(), SavedPromotion.Change.UNCHANGED);
        }
        return new SavedPromotion(publish(promotion), SavedPromotion.Change.UPDATED);
    }

    private SavedPromotion insert(PromotionId id, PromotionContent content) {
        check(id, content);
        Promotion promotion = Promotion.create(id, content, clock.instant());
        promotions.save(promotion);
        return new SavedPromotion(publish(promotion), SavedPromotion.Change.CREATED);
    }

    private PromotionSnapshot publish(Promotion promotion) {
        // flush first: the version is assigned by the write, and the event must carry it
        promotions.flush();
        PromotionSnapshot snapshot = promotion.snapshot();
        outbox.append(PromotionEvents.changed(snapshot, clock.instant()));
        return snapshot;
    }

    /** The content's own rules, then those needing other data (SKUs exist, code free), all reported at once. */
    private void check(PromotionId id, PromotionContent content) {
        List<Violation> violations = new ArrayList<>(content.violations());
        if (violations.isEmpty()) {
            if (!content.skus().isEmpty()) {
                Set<String> existing = new HashSet<>(articles.existing(content.skus()));
                for (int i = 0; i < content.skus().size(); i++) {
                    String sku = content.skus().get(i);
                    if (!existing.contains(sku)) violations.add(new Violation("skus[" + i + "]", "no article with SKU " + sku));
                }
            }
            if (content.code() != null) {
                promotions.idOfCode(content.code()).filter(other -> !other.equals(id.value())).ifPresent(other ->
                        violations.add(new Violation("code", "is the code of promotion " + other + " already")));
            }
        }
        if (!violations.isEmpty()) throw new RuleViolation(violations);
    }
}
