package com.omnidom.order.catalog.messaging;

import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.order.catalog.application.ReplicateArticles;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * Article snapshots from the compacted catalog topic, read from the beginning by the service's consumer group.
 * Idempotent by version (the newest wins), so no inbox row is needed.
 */
@Component
class ArticleReplicaListener implements EventHandlers {

    private final ReplicateArticles replicate;

    ArticleReplicaListener(ReplicateArticles replicate) {
        this.replicate = replicate;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.idempotent(ArticleChanged.class, changed -> replicate.noteArticleChanged(ArticleReplicaTranslation.of(changed)));
    }
}
