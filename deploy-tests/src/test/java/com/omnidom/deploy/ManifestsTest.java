package com.omnidom.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Every object every overlay renders is valid against the API schema of its kind; a typo is refused. */
class ManifestsTest {

    static final List<String> RENDERED = List.of("base", "overlays/local", "overlays/production");

    @ParameterizedTest
    @FieldSource("RENDERED")
    void everyRenderedObjectIsValidAgainstTheSchemaOfItsKind(String dir) {
        List<ObjectNode> objects = Kustomize.render(dir);

        assertThat(objects).hasSizeGreaterThan(50);
        assertThat(ApiSchemas.violations(objects)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("RENDERED")
    void everyObjectButTheNamespaceItselfGoesIntoTheNamespaceOmnidom(String dir) {
        // what an overlay or component adds too: without it, `kubectl apply -k` puts it in the context's namespace
        assertThat(Kustomize.render(dir)).filteredOn(o -> !o.path("kind").asString().equals("Namespace")).allSatisfy(o ->
                assertThat(o.at("/metadata/namespace").asString()).as(o.path("kind").asString() + " " + o.at("/metadata/name").asString())
                        .isEqualTo(NetworkPolicies.Peer.NAMESPACE));
    }

    @Test
    void aMisspeltFieldOfABuiltInKindIsRefused() {
        ObjectNode deployment = misspelt("Deployment", "order-service", "/spec/template/spec/containers/0", "readinessProbe",
                "readynessProbe");

        assertThat(ApiSchemas.violations(deployment)).singleElement().asString()
                .contains("order-service").contains("readynessProbe").contains("V1Container");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        ObjectNode deployment = broken("Deployment", "order-service", d -> ((ObjectNode) d.path("spec")).put("replicas", "two"));

        assertThat(ApiSchemas.violations(deployment)).singleElement().asString().contains("two");
    }

    @Test
    void aStringWhereTheApiWantsABooleanIsRefused() {
        ObjectNode deployment = broken("Deployment", "order-service",
                d -> ((ObjectNode) d.at("/spec/template/spec/containers/0/securityContext")).put("readOnlyRootFilesystem", "yes"));

        assertThat(ApiSchemas.violations(deployment)).singleElement().asString()
                .contains(".spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem is not a Boolean");
    }

    @Test
    void aMissingRequiredFieldIsRefused() {
        ObjectNode service = broken("Service", "order-service", s -> ((ObjectNode) s.at("/spec/ports/0")).remove("port"));

        assertThat(ApiSchemas.violations(service)).singleElement().asString().contains("required field `port`");
    }

    @Test
    void aKindUnderTheWrongGroupIsRefused() {
        ObjectNode ingress = broken("Ingress", "omnidom-api", i -> i.put("apiVersion", "apps/v1"));

        assertThat(ApiSchemas.violations(ingress)).singleElement().asString().contains("no schema for apiVersion apps/v1 kind Ingress");
    }

    @Test
    void aMisspeltFieldOfAStrimziKindIsRefused() {
        ObjectNode topic = misspelt("KafkaTopic", "order.events.v1", "/spec", "partitions", "partitons");

        assertThat(ApiSchemas.violations(topic)).singleElement().asString().contains("partitons");
    }

    @Test
    void anUnknownAclOperationAndAMissingRequiredStrimziFieldAreRefused() {
        ObjectNode user = broken("KafkaUser", "order-service",
                u -> ((ArrayNode) u.at("/spec/authorization/acls/0/operations")).add("Writ"));
        ObjectNode kafka = broken("Kafka", "omnidom", k -> ((ObjectNode) k.at("/spec/kafka")).remove("listeners"));

        assertThat(ApiSchemas.violations(user)).singleElement().asString().contains("Writ");
        assertThat(ApiSchemas.violations(kafka)).singleElement().asString().contains("listeners");
    }

    @Test
    void aMisspeltFieldOfAServiceMonitorIsRefused() {
        ObjectNode monitor = misspelt("ServiceMonitor", "payment-service", "/spec/endpoints/0", "path", "pathh");

        assertThat(ApiSchemas.violations(monitor)).singleElement().asString().contains(".spec.endpoints[0].pathh");
    }

    @Test
    void aMisspeltFieldOfACloudNativePgClusterIsRefused() {
        assumeFalse(CloudNativePg.SKIPPED, "-Dcnpg.skip: CloudNativePG's objects are checked on their metadata only");
        ObjectNode cluster = misspelt("Cluster", "omnidom-pg", "/spec", "primaryUpdateStrategy", "primaryUpdatStrategy");

        assertThat(ApiSchemas.violations(cluster)).singleElement().asString()
                .startsWith("postgresql.cnpg.io/v1 Cluster omnidom-pg: ").contains(".spec.primaryUpdatStrategy: unknown field");
    }

    @Test
    void anUnknownEnumValueAMissingRequiredFieldAndAWrongTypeOfCloudNativePgAreRefused() {
        assumeFalse(CloudNativePg.SKIPPED, "-Dcnpg.skip: CloudNativePG's objects are checked on their metadata only");
        ObjectNode cluster = broken("Cluster", "omnidom-pg", c -> ((ObjectNode) c.at("/spec/managed/roles/0")).put("ensure", "presnt"));
        ObjectNode database = broken("Database", "omnidom-order", d -> ((ObjectNode) d.path("spec")).remove("owner"));
        ObjectNode storage = broken("Cluster", "omnidom-pg", c -> ((ObjectNode) c.at("/spec/storage")).put("size", 2));

        assertThat(ApiSchemas.violations(List.of(cluster, database, storage))).satisfiesExactly(
                v -> assertThat(v).contains("/spec/managed/roles/0/ensure").contains("allowed values"),
                v -> assertThat(v).startsWith("postgresql.cnpg.io/v1 Database omnidom-order: ").contains("owner"),
                v -> assertThat(v).contains("/spec/storage/size").contains("string"));
    }

    @Test
    void aMisspeltMetadataFieldOfACloudNativePgKindIsRefused() {
        ObjectNode cluster = misspelt("Cluster", "omnidom-pg", "/metadata", "labels", "lables");

        assertThat(ApiSchemas.violations(cluster)).singleElement().asString().contains("lables");
    }

    @Test
    void aCloudNativePgKindTheOperatorDoesNotServeIsRefused() {
        assumeFalse(CloudNativePg.SKIPPED, "-Dcnpg.skip: CloudNativePG's objects are checked on their metadata only");
        ObjectNode cluster = broken("Cluster", "omnidom-pg", c -> c.put("kind", "Clustr"));

        assertThat(ApiSchemas.violations(cluster)).singleElement().asString().contains("no schema for apiVersion postgresql.cnpg.io/v1 kind Clustr");
    }

    /** A rendered object with one field renamed. */
    private static ObjectNode misspelt(String kind, String name, String parent, String field, String typo) {
        return broken(kind, name, o -> {
            ObjectNode node = (ObjectNode) o.at(parent);
            node.set(typo, node.remove(field));
        });
    }

    /** A copy of a rendered object of the local overlay, valid before the change. */
    private static ObjectNode broken(String kind, String name, Consumer<ObjectNode> change) {
        ObjectNode copy = Kustomize.named("overlays/local", kind, name).deepCopy();
        assertThat(ApiSchemas.violations(copy)).isEmpty();
        change.accept(copy);
        return copy;
    }
}
