package com.omnidom.deploy;

import com.omnidom.events.TopicSpec;
import com.omnidom.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The KafkaTopics are common-events' topic registry; each service's KafkaUser grants what it declares and no more. */
class KafkaTopologyTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyRegistryTopicAndItsDeadLetterTopicIsAKafkaTopicAndNothingElseIs(String overlay) {
        Map<String, TopicSpec> registry = Stream.concat(Topics.all().stream(), Topics.all().stream().map(TopicSpec::deadLetter))
                .collect(Collectors.toMap(TopicSpec::name, Function.identity()));
        Map<String, ObjectNode> topics = Kustomize.ofKind(overlay, "KafkaTopic").stream()
                .collect(Collectors.toMap(t -> t.at("/spec/topicName").asString(), Function.identity()));

        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(registry.keySet());
        registry.forEach((name, spec) -> {
            JsonNode topic = topics.get(name);
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asString()).as(name).isEqualTo("omnidom");
            assertThat(topic.at("/spec/partitions").asInt()).as(name).isEqualTo(spec.partitions());
            assertThat(topic.at("/spec/config/cleanup.policy").asString()).as(name)
                    .isEqualTo(spec.compacted() ? "compact" : "delete");
            if (spec.retention() != null) {
                assertThat(topic.at("/spec/config/retention.ms").asLong()).as(name).isEqualTo(spec.retention().toMillis());
            } else {
                assertThat(topic.at("/spec/config/retention.ms").isMissingNode()).as(name).isTrue();
            }
        });
    }

    @Test
    void productionReplicatesEveryTopicThriceOnThreeNodes() {
        String production = "overlays/production";
        assertThat(Kustomize.ofKind(production, "KafkaTopic")).allSatisfy(t -> {
            assertThat(t.at("/spec/replicas").asInt()).isEqualTo(3);
            assertThat(t.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(2);
        });
        assertThat(Kustomize.named(production, "KafkaNodePool", "dual-role").at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(Kustomize.named(production, "Kafka", "omnidom").at("/spec/kafka/config/min.insync.replicas").asInt()).isEqualTo(2);
        // what the platform declares at start must match what exists
        assertThat(Kustomize.render(production).stream().filter(o -> o.path("kind").asString().equals("ConfigMap"))
                .map(c -> c.at("/data/OMNIDOM_KAFKA_REPLICAS")).filter(JsonNode::isString).map(JsonNode::asString))
                .containsExactly("3");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceHasAScramUserWhoseAclsCoverWhatItDeclaresAndNoMore(String overlay) {
        for (Services service : Services.all()) {
            ObjectNode user = Kustomize.named(overlay, "KafkaUser", service.name());
            assertThat(user.at("/spec/authentication/type").asString()).isEqualTo("scram-sha-512");
            List<JsonNode> acls = StreamSupport.stream(user.at("/spec/authorization/acls").spliterator(), false).toList();
            String who = service.name();

            service.produces().forEach(t -> assertThat(allows(acls, "topic", t, "Write")).as(who + " writes " + t).isTrue());
            Stream.concat(service.consumes().stream(), service.broadcasts().stream()).forEach(t -> {
                assertThat(allows(acls, "topic", t, "Read")).as(who + " reads " + t).isTrue();
                assertThat(allows(acls, "topic", t + ".DLT", "Write")).as(who + " dead-letters " + t).isTrue();
            });
            if (!service.consumes().isEmpty()) {
                assertThat(allows(acls, "group", service.name(), "Read")).as(who + "'s consumer group").isTrue();
            }
            if (!service.broadcasts().isEmpty()) {
                assertThat(allows(acls, "group", "anonymous." + "any", "Read")).as(who + "'s broadcast consumers").isTrue();
            }

            Set<String> declared = Stream.of(service.produces(), service.consumes(), service.broadcasts())
                    .flatMap(List::stream).flatMap(t -> Stream.of(t, t + ".DLT")).collect(Collectors.toSet());
            assertThat(acls).as(who + " gets no topic it does not declare").allSatisfy(acl -> {
                if (acl.at("/resource/type").asString().equals("topic")) {
                    String name = acl.at("/resource/name").asString();
                    assertThat(declared.contains(name) || who.equals("routing-service") && name.equals("partner.")).as(name).isTrue();
                }
            });
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceLogsInAsItsOwnKafkaUser(String overlay) {
        for (String service : Services.NAMES) {
            JsonNode env = Kustomize.named(overlay, "Deployment", service).at("/spec/template/spec/containers/0/env");
            JsonNode jaas = StreamSupport.stream(env.spliterator(), false)
                    .filter(e -> e.path("name").asString().equals("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")).findFirst()
                    .orElseThrow(() -> new AssertionError(service + " has no SASL JAAS config"));
            // Strimzi's User Operator writes the Secret named after the KafkaUser
            assertThat(jaas.at("/valueFrom/secretKeyRef/name").asString()).isEqualTo(service);
            assertThat(jaas.at("/valueFrom/secretKeyRef/key").asString()).isEqualTo("sasl.jaas.config");
        }
    }

    /** Whether an ACL allows the operation on the resource (a literal name or a prefix of it). */
    static boolean allows(List<JsonNode> acls, String type, String name, String operation) {
        return acls.stream().anyMatch(acl -> acl.at("/resource/type").asString().equals(type)
                && ("prefix".equals(acl.at("/resource/patternType").asString())
                        ? name.startsWith(acl.at("/resource/name").asString())
                        : name.equals(acl.at("/resource/name").asString()))
                && StreamSupport.stream(acl.path("operations").spliterator(), false)
                        .anyMatch(op -> op.asString().equals(operation) || op.asString().equals("All")));
    }
}
