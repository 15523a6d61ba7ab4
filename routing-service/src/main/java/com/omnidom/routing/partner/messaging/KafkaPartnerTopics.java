package com.omnidom.routing.partner.messaging;

import com.omnidom.events.TopicSpec;
import com.omnidom.events.Topics;
import com.omnidom.platform.kafka.KafkaTopicsProperties;
import com.omnidom.routing.partner.application.PartnerTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates a partner's topics with Kafka's Admin client, with the client settings of the service (so SASL too). Once
 * per partner and process: afterwards a known partner costs nothing. An existing topic is left as it is.
 */
@Component
class KafkaPartnerTopics implements PartnerTopics {

    private static final Logger log = LoggerFactory.getLogger(KafkaPartnerTopics.class);

    private final KafkaAdmin admin;
    private final short replicas;
    private final Set<String> ensured = ConcurrentHashMap.newKeySet();

    KafkaPartnerTopics(KafkaAdmin admin, KafkaTopicsProperties properties) {
        this.admin = admin;
        this.replicas = properties.replicas();
    }

    @Override
    public void ensure(String partnerId) {
        if (ensured.contains(partnerId)) return;
        TopicSpec topic = Topics.partnerFulfillmentOrders(partnerId);
        var newTopic = new NewTopic(topic.name(), topic.partitions(), replicas)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(topic.retention().toMillis())));
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            client.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
            log.info("created topic {} for partner {}", topic.name(), partnerId);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new KafkaException("could not create topic " + topic.name() + ": " + e.getCause(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new KafkaException("creating topic " + topic.name() + " timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted creating topic " + topic.name(), e);
        }
        ensured.add(partnerId);
    }
}
