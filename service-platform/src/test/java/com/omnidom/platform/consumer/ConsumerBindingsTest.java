package com.omnidom.platform.consumer;

import com.omnidom.events.CloudEventHeaders;
import com.omnidom.events.EventType;
import com.omnidom.events.catalog.ArticleChanged;
import com.omnidom.events.catalog.LocationChanged;
import com.omnidom.platform.SampleArticles;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.events.PermanentEventFailure;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsumerBindingsTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void derivesOneGroupBindingPerConsumedTopicAndAnAnonymousOneForABroadcast() {
        StandardEnvironment environment = environment(Map.of("spring.application.name", "shop-service",
                "omnidom.kafka.consumes[0]", "fulfillment.events.v1", "omnidom.kafka.consumes[1]", "catalog.locations.v1",
                "omnidom.kafka.broadcasts[0]", "inventory.availability.v1"));

        new ConsumerBindings().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.cloud.function.definition"))
                .isEqualTo("fulfillmentEventsV1;catalogLocationsV1;inventoryAvailabilityV1Broadcast");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.fulfillmentEventsV1-in-0.destination"))
                .isEqualTo("fulfillment.events.v1");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.fulfillmentEventsV1-in-0.group"))
                .isEqualTo("shop-service");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.fulfillmentEventsV1-in-0.consumer.max-attempts"))
                .isEqualTo("1");
        assertThat(environment.getProperty(
                "spring.cloud.stream.kafka.bindings.catalogLocationsV1-in-0.consumer.common-error-handler-bean-name"))
                .isEqualTo(ConsumerBindings.ERROR_HANDLER);
        assertThat(environment.getProperty("spring.cloud.stream.bindings.inventoryAvailabilityV1Broadcast-in-0.group")).isNull();
        assertThat(environment.getProperty(
                "spring.cloud.stream.kafka.bindings.inventoryAvailabilityV1Broadcast-in-0.consumer.start-offset"))
                .isEqualTo("latest");
        assertThat(environment.getProperty("spring.cloud.stream.function.autodetect")).isEqualTo("false");
    }

    @Test
    void aServiceMayStillTuneABinding() {
        StandardEnvironment environment = environment(Map.of("omnidom.kafka.consumes[0]", "order.events.v1",
                "spring.cloud.stream.bindings.orderEventsV1-in-0.group", "custom"));

        new ConsumerBindings().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.cloud.stream.bindings.orderEventsV1-in-0.group")).isEqualTo("custom");
    }

    @Test
    void refusesToStartWhenASubscriptionsTopicIsNotConsumed() {
        var subscriptions = new Subscriptions().owner("LocationsListener")
                .idempotent(LocationChanged.class, e -> { });

        assertThatThrownBy(() -> dispatcher(List.of(), subscriptions))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LocationsListener subscribes to LocationChanged of catalog.locations.v1, which omnidom.kafka.consumes does not list");
    }

    @Test
    void refusesToStartWhenAConsumedTopicHasNoSubscriber() {
        assertThatThrownBy(() -> dispatcher(List.of(binding("catalog.articles.v1", false)), new Subscriptions()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lists catalog.articles.v1 but no EventHandlers bean subscribes");
    }

    @Test
    void decodesBySubscribedTypeAndSkipsTombstonesAndOtherTypes() {
        List<String> applied = new ArrayList<>();
        var articles = binding("catalog.articles.v1", false);
        var dispatcher = dispatcher(List.of(articles),
                new Subscriptions().idempotent(ArticleChanged.class, e -> applied.add(e.sku())));
        ArticleChanged event = SampleArticles.changed("SKU-1", 1);

        dispatcher.dispatch(articles, record(EventType.ARTICLE_CHANGED.type(), codec.toJson(event).getBytes(StandardCharsets.UTF_8)));
        dispatcher.dispatch(articles, MessageBuilder.withPayload(KafkaNull.INSTANCE).build());
        dispatcher.dispatch(articles, record(EventType.LOCATION_CHANGED.type(), "{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(applied).containsExactly("SKU-1");
    }

    @Test
    void recordsWithoutOrWithAnUnknownTypeCanNeverSucceed() {
        var articles = binding("catalog.articles.v1", false);
        var dispatcher = dispatcher(List.of(articles), new Subscriptions().idempotent(ArticleChanged.class, e -> { }));

        assertThatThrownBy(() -> dispatcher.dispatch(articles, MessageBuilder.withPayload(new byte[]{'{', '}'}).build()))
                .isInstanceOf(PermanentEventFailure.class).hasMessageContaining("no ce_type header");
        assertThatThrownBy(() -> dispatcher.dispatch(articles, record("omnidom.catalog.unknown.v9", new byte[]{'{', '}'})))
                .isInstanceOf(PermanentEventFailure.class);
        assertThatThrownBy(() -> dispatcher.dispatch(articles, record(EventType.ARTICLE_CHANGED.type(),
                "{not json".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PermanentEventFailure.class).hasMessageContaining("cannot read ArticleChanged");
    }

    private EventDispatcher dispatcher(List<ConsumerBindings.Binding> bindings, Subscriptions subscriptions) {
        // no ONCE subscriptions here, so the inbox is never asked
        return new EventDispatcher(codec, null, "test-service", bindings, subscriptions.all(), ParkedKeys.NONE);
    }

    private static ConsumerBindings.Binding binding(String topic, boolean broadcast) {
        return new ConsumerBindings.Binding(ConsumerBindings.functionName(topic), com.omnidom.events.Topics.byName(topic), broadcast);
    }

    private static Message<byte[]> record(String type, byte[] body) {
        // as the binder hands Kafka headers over: raw bytes
        return MessageBuilder.withPayload(body).setHeader(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8)).build();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
