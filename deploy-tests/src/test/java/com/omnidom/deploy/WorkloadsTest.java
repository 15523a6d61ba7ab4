package com.omnidom.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The pods run hardened, are probed where Spring Boot answers, find their database and scale as each overlay says. */
class WorkloadsTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPodRunsAsNonRootUser10001OnAReadOnlyRootWithoutCapabilities(String overlay) {
        assertThat(Kustomize.ofKind(overlay, "Deployment")).isNotEmpty().allSatisfy(d -> {
            String name = d.at("/metadata/name").asString();
            JsonNode pod = d.at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(name).isTrue();
            assertThat(pod.at("/securityContext/runAsUser").asInt()).as(name).isEqualTo(10001);
            assertThat(pod.at("/securityContext/seccompProfile/type").asString()).as(name).isEqualTo("RuntimeDefault");
            Map<String, JsonNode> volumes = StreamSupport.stream(pod.path("volumes").spliterator(), false)
                    .collect(Collectors.toMap(v -> v.path("name").asString(), v -> v));
            assertThat(pod.path("containers")).isNotEmpty().allSatisfy(c -> {
                JsonNode security = c.path("securityContext");
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(name).isFalse();
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
                assertThat(security.at("/capabilities/drop").toString()).as(name).isEqualTo("[\"ALL\"]");
                assertThat(c.at("/resources/requests/memory").isString() && c.at("/resources/limits/memory").isString())
                        .as(name + " memory requests and limits").isTrue();
                JsonNode tmp = StreamSupport.stream(c.path("volumeMounts").spliterator(), false)
                        .filter(m -> m.path("mountPath").asString().equals("/tmp")).findFirst()
                        .orElseThrow(() -> new AssertionError(name + " mounts nothing on /tmp"));
                assertThat(volumes.get(tmp.path("name").asString()).has("emptyDir")).as(name + " /tmp").isTrue();
            });
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void springBootPodsAreProbedOnTheActuatorsOpenHealthGroups(String overlay) {
        List<ObjectNode> boot = Kustomize.ofKind(overlay, "Deployment").stream()
                .filter(d -> d.at("/metadata/name").asString().matches(".*-service|authorization-server")).toList();
        assertThat(boot).hasSize(overlay.endsWith("local") ? 8 : 7).allSatisfy(d -> {
            JsonNode c = d.at("/spec/template/spec/containers/0");
            assertThat(c.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
            assertThat(c.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
            assertThat(c.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
            assertThat(c.at("/image").asString()).matches(".*omnidom/" + d.at("/metadata/name").asString() + ":[^:]+");
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceOwnsADatabaseItLogsIntoAsItsOwnRole(String overlay) {
        ObjectNode cluster = Kustomize.named(overlay, "Cluster", "omnidom-pg");
        Map<String, String> rolePasswords = StreamSupport.stream(cluster.at("/spec/managed/roles").spliterator(), false)
                .collect(Collectors.toMap(r -> r.path("name").asString(), r -> r.at("/passwordSecret/name").asString()));
        for (String service : Services.NAMES) {
            String url = Kustomize.named(overlay, "ConfigMap", service).at("/data/SPRING_DATASOURCE_URL").asString();
            String database = url.substring(url.lastIndexOf('/') + 1);
            assertThat(url).isEqualTo("jdbc:postgresql://omnidom-pg-rw:5432/" + database);
            ObjectNode db = Kustomize.ofKind(overlay, "Database").stream()
                    .filter(d -> d.at("/spec/name").asString().equals(database)).findFirst()
                    .orElseThrow(() -> new AssertionError("no Database " + database + " for " + service));
            String owner = db.at("/spec/owner").asString();
            assertThat(db.at("/spec/cluster/name").asString()).isEqualTo("omnidom-pg");
            String secret = env(overlay, service, "SPRING_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asString();
            assertThat(rolePasswords.get(owner)).as(service + "'s role's password Secret").isEqualTo(secret);
            assertThat(env(overlay, service, "SPRING_DATASOURCE_USERNAME").at("/valueFrom/secretKeyRef/name").asString())
                    .isEqualTo(secret);
        }
        // one owner per database: no service shares another's
        assertThat(Kustomize.ofKind(overlay, "Database").stream().map(d -> d.at("/spec/owner").asString())).doesNotHaveDuplicates();
    }

    @Test
    void theLocalOverlayGeneratesDemoSecretsWhoseUserIsTheDatabaseRole() {
        for (String service : Services.NAMES) {
            ObjectNode secret = Kustomize.named("overlays/local", "Secret", service + "-db");
            assertThat(secret.path("type").asString()).isEqualTo("kubernetes.io/basic-auth");
            String user = new String(Base64.getDecoder().decode(secret.at("/data/username").asString()));
            assertThat(user).isEqualTo(service.replace("-service", "_service"));
        }
        assertThat(Kustomize.named("overlays/local", "Deployment", "authorization-server")).isNotNull();
        assertThat(Kustomize.named("overlays/local", "Deployment", "psp-simulator")).isNotNull();
        assertThat(Kustomize.named("overlays/local", "Deployment", "greenmail")).isNotNull();
    }

    @Test
    void productionCarriesNoSecretValueAndNoLocalStandIn() {
        String production = "overlays/production";
        assertThat(Kustomize.ofKind(production, "Secret")).isEmpty();
        assertThat(Kustomize.render(production).stream().map(o -> o.at("/metadata/name").asString()))
                .doesNotContain("authorization-server", "psp-simulator", "greenmail");
        assertThat(Kustomize.ofKind(production, "Deployment")).allSatisfy(d ->
                assertThat(d.at("/spec/template/spec/containers/0/image").asString()).doesNotContain("SNAPSHOT", ":latest"));
    }

    @Test
    void productionRunsTwoPodsOfEveryServiceAtLeastSpreadOverNodes() {
        String production = "overlays/production";
        for (String service : Services.NAMES) {
            ObjectNode deployment = Kustomize.named(production, "Deployment", service);
            // the autoscaler owns the count; a replicas field would reset it at every apply
            assertThat(deployment.at("/spec/replicas").isMissingNode()).isTrue();
            assertThat(deployment.at("/spec/template/spec/topologySpreadConstraints/0/topologyKey").asString())
                    .isEqualTo("kubernetes.io/hostname");
            assertThat(Kustomize.named(production, "HorizontalPodAutoscaler", service).at("/spec/minReplicas").asInt())
                    .isGreaterThanOrEqualTo(2);
            assertThat(Kustomize.named(production, "PodDisruptionBudget", service).at("/spec/minAvailable").asInt()).isEqualTo(1);
        }
        assertThat(Kustomize.named(production, "Cluster", "omnidom-pg").at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(Kustomize.named(production, "Cluster", "omnidom-pg").at("/spec/backup/barmanObjectStore").isObject()).isTrue();
        assertThat(Kustomize.named(production, "Ingress", "omnidom-api").at("/spec/tls/0/secretName").asString())
                .isEqualTo("omnidom-api-tls");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void prometheusScrapesEveryServiceWithATokenForTheOpsRole(String overlay) {
        for (String service : Services.NAMES) {
            JsonNode endpoint = Kustomize.named(overlay, "ServiceMonitor", service).at("/spec/endpoints/0");
            assertThat(endpoint.path("path").asString()).isEqualTo("/actuator/prometheus");
            assertThat(endpoint.at("/oauth2/clientSecret/name").asString()).isEqualTo("prometheus-oauth2");
            assertThat(endpoint.at("/oauth2/tokenUrl").asString()).endsWith("token");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyReferencedConfigMapIsRenderedAndEverySecretIsMadeByTheOverlayAnOperatorOrTheDocumentedStep(String overlay)
            throws IOException {
        List<ObjectNode> objects = Kustomize.render(overlay);
        Set<String> configMaps = names(overlay, "ConfigMap");
        Set<String> configMapRefs = new TreeSet<>();
        Set<String> secretRefs = new TreeSet<>();
        for (ObjectNode o : objects) {
            o.findValues("configMapRef").forEach(r -> configMapRefs.add(r.path("name").asString()));
            o.findValues("configMapKeyRef").forEach(r -> configMapRefs.add(r.path("name").asString()));
            o.findValues("secretKeyRef").forEach(r -> secretRefs.add(r.path("name").asString()));
            o.findValues("secretName").forEach(n -> secretRefs.add(n.asString()));
            o.findValues("passwordSecret").forEach(r -> secretRefs.add(r.path("name").asString()));
            o.findValues("s3Credentials").forEach(c -> c.forEach(r -> secretRefs.add(r.path("name").asString())));
            o.findValues("oauth2").forEach(a -> {
                secretRefs.add(a.at("/clientId/secret/name").asString());
                secretRefs.add(a.at("/clientSecret/name").asString());
            });
        }
        assertThat(configMaps).containsAll(configMapRefs);
        assertThat(secretRefs).contains("order-service", "order-service-db", "omnidom-cluster-ca-cert", "prometheus-oauth2");

        Set<String> made = new TreeSet<>(names(overlay, "Secret"));
        made.addAll(names(overlay, "KafkaUser"));    // Strimzi's User Operator: the user's password and JAAS config
        made.add("omnidom-cluster-ca-cert");         // Strimzi's Cluster Operator: the cluster CA
        made.add("omnidom-api-tls");                 // cert-manager, from the Ingress' annotation (production)
        String steps = Files.readString(Path.of("..", "docs", "deploy.md"));
        assertThat(secretRefs).allSatisfy(secret -> assertThat(made.contains(secret)
                || steps.contains("create secret generic " + secret) || secret.endsWith("-service-db")
                        && steps.contains("create secret generic ${s}-service-db")).as(secret).isTrue());
    }

    private static Set<String> names(String overlay, String kind) {
        return Kustomize.ofKind(overlay, kind).stream().map(o -> o.at("/metadata/name").asString())
                .collect(Collectors.toSet());
    }

    private static JsonNode env(String overlay, String deployment, String name) {
        JsonNode env = Kustomize.named(overlay, "Deployment", deployment).at("/spec/template/spec/containers/0/env");
        return StreamSupport.stream(env.spliterator(), false).filter(e -> e.path("name").asString().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(deployment + " has no " + name));
    }
}
