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
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pods run hardened, are probed where Spring Boot answers, find their database (the screens: the services and
 * the issuer) and scale as each overlay says.
 */
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
                .filter(d -> d.at("/metadata/name").asString().matches(".*-service|authorization-server|web")).toList();
        assertThat(boot).hasSize(overlay.endsWith("local") ? 9 : 8).allSatisfy(d -> {
            JsonNode c = d.at("/spec/template/spec/containers/0");
            assertThat(c.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
            assertThat(c.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
            assertThat(c.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
            assertThat(c.at("/image").asString()).matches(".*omnidom/" + d.at("/metadata/name").asString() + ":[^:]+");
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theScreensHaveNoDatabaseNorKafkaAndCallTheServicesTheirApplicationYmlNamesByTheirServices(String overlay) {
        ObjectNode web = Kustomize.named(overlay, "Deployment", Services.WEB);
        JsonNode container = web.at("/spec/template/spec/containers/0");
        // its own settings only: not omnidom-platform's Kafka and resource-server settings
        assertThat(container.path("envFrom").findValuesAsString("name")).containsExactly("web");
        Map<String, String> settings = data(overlay, "ConfigMap", "web");
        assertThat(settings.keySet()).noneMatch(k -> k.startsWith("SPRING_DATASOURCE") || k.startsWith("SPRING_KAFKA"));
        assertThat(StreamSupport.stream(container.path("env").spliterator(), false).map(e -> e.path("name").asString()))
                .noneMatch(k -> k.startsWith("SPRING_DATASOURCE") || k.startsWith("SPRING_KAFKA"));
        assertThat(web.at("/spec/template/spec/volumes").findValues("secret")).as("no Kafka CA, no Secret mounted").isEmpty();
        assertThat(names(overlay, "KafkaUser")).doesNotContain(Services.WEB);
        assertThat(Kustomize.ofKind(overlay, "Database").stream().map(d -> d.at("/spec/owner").asString())).noneMatch(o -> o.contains("web"));
        // not scraped: its metrics ask for a signed-in person
        assertThat(Kustomize.ofKind(overlay, "ServiceMonitor")).noneMatch(m ->
                m.at("/metadata/name").asString().equals(Services.WEB)
                        || m.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asString().equals(Services.WEB));

        // each service web's application.yml names, at that service's Service and HTTP port
        Map<String, String> calls = settings.entrySet().stream().filter(e -> e.getKey().startsWith("OMNIDOM_WEB_SERVICES_"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(calls).hasSameSizeAs(Services.calledByWeb());
        for (String service : Services.calledByWeb()) {
            String key = "OMNIDOM_WEB_SERVICES_" + service.replace("-service", "").toUpperCase();
            JsonNode port = Kustomize.named(overlay, "Service", service).at("/spec/ports/0");
            assertThat(port.path("name").asString()).isEqualTo("http");
            assertThat(calls.get(key)).as(key).isEqualTo("http://" + service + ":" + port.path("port").asInt());
        }

        // the issuer is the one every service trusts; the client's id and secret come from a Secret
        JsonNode issuer = env(overlay, Services.WEB, "OMNIDOM_WEB_AUTH_ISSUER").at("/valueFrom/configMapKeyRef");
        assertThat(issuer.path("key").asString()).isEqualTo("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
        assertThat(issuer.path("name").asString()).isEqualTo(platform(overlay).at("/metadata/name").asString());
        for (String variable : List.of("OMNIDOM_WEB_AUTH_CLIENT_ID", "OMNIDOM_WEB_AUTH_CLIENT_SECRET")) {
            JsonNode ref = env(overlay, Services.WEB, variable).at("/valueFrom/secretKeyRef");
            assertThat(ref.path("name").asString()).as(variable).isEqualTo("web-oauth2");
        }
        assertThat(settings).doesNotContainKeys("OMNIDOM_WEB_AUTH_CLIENT_SECRET", "OMNIDOM_WEB_AUTH_ISSUER");
    }

    @Test
    void locallyPeopleSignInAtAnIssuerTheirBrowserReachesAndComeBackToTheScreensHost() {
        String local = "overlays/local";
        String screens = Kustomize.named(local, "Ingress", "omnidom-screens").at("/spec/rules/0/host").asString();
        Map<String, String> server = data(local, "ConfigMap", "authorization-server");
        // the authorization server's omnidom-web client sends people back to the screens' host (web's registration
        // id is "omnidom": web/README.md) and, signed out, to their start page
        assertThat(server).containsEntry("OMNIDOM_AUTH_WEB_REDIRECTURIS_0", "http://" + screens + "/login/oauth2/code/omnidom")
                .containsEntry("OMNIDOM_AUTH_WEB_POSTLOGOUTREDIRECTURIS_0", "http://" + screens + "/");

        // one issuer: what the server writes into its tokens, what the services and the screens require, and an
        // address browsers reach (the server's own Ingress)
        String issuer = server.get("SPRING_SECURITY_OAUTH2_AUTHORIZATIONSERVER_ISSUER");
        assertThat(platform(local).at("/data/SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI").asString()).isEqualTo(issuer);
        ObjectNode ingress = Kustomize.named(local, "Ingress", "authorization-server");
        assertThat(issuer).isEqualTo("http://" + ingress.at("/spec/rules/0/host").asString());
        assertThat(ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asString()).isEqualTo("authorization-server");

        // the screens' pods fetch tokens and keys, as the services fetch keys, at the server's Service
        JsonNode port = Kustomize.named(local, "Service", "authorization-server").at("/spec/ports/0");
        String inCluster = "http://authorization-server." + NetworkPolicies.Peer.NAMESPACE + ".svc:" + port.path("port").asInt();
        assertThat(data(local, "ConfigMap", "web")).containsEntry("OMNIDOM_WEB_AUTH_SERVER_URL", inCluster);
        assertThat(platform(local).at("/data/SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI").asString())
                .isEqualTo(inCluster + "/oauth2/jwks");

        // the demo Secret holds the client the authorization server knows (its application.yml)
        JsonNode client = Services.applicationYml("authorization-server").at("/omnidom/auth/web");
        ObjectNode secret = Kustomize.named(local, "Secret", "web-oauth2");
        assertThat(decoded(secret, "client-id")).isEqualTo(client.path("client-id").asString());
        assertThat(decoded(secret, "client-secret")).isEqualTo(client.path("secret").asString());
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
    void productionRunsTwoPodsOfEveryServiceAndOfTheScreensAtLeastSpreadOverNodes() {
        String production = "overlays/production";
        for (String service : Stream.concat(Services.NAMES.stream(), Stream.of(Services.WEB)).toList()) {
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
        assertThat(Kustomize.named(production, "Ingress", "omnidom-screens").at("/spec/tls/0/secretName").asString())
                .isEqualTo("omnidom-screens-tls");
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
        assertThat(secretRefs).contains("order-service", "order-service-db", "omnidom-cluster-ca-cert", "prometheus-oauth2",
                "web-oauth2");

        Set<String> made = new TreeSet<>(names(overlay, "Secret"));
        made.addAll(names(overlay, "KafkaUser"));    // Strimzi's User Operator: the user's password and JAAS config
        made.add("omnidom-cluster-ca-cert");         // Strimzi's Cluster Operator: the cluster CA
        made.add("omnidom-api-tls");                 // cert-manager, from the Ingresses' annotation (production)
        made.add("omnidom-screens-tls");
        String steps = Files.readString(Path.of("..", "docs", "deploy.md"));
        assertThat(secretRefs).allSatisfy(secret -> assertThat(made.contains(secret)
                || steps.contains("create secret generic " + secret) || secret.endsWith("-service-db")
                        && steps.contains("create secret generic ${s}-service-db")).as(secret).isTrue());
    }

    private static Set<String> names(String overlay, String kind) {
        return Kustomize.ofKind(overlay, kind).stream().map(o -> o.at("/metadata/name").asString())
                .collect(Collectors.toSet());
    }

    private static ObjectNode platform(String overlay) {
        return Kustomize.ofKind(overlay, "ConfigMap").stream()
                .filter(c -> c.at("/metadata/name").asString().startsWith("omnidom-platform-")).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no omnidom-platform"));
    }

    private static Map<String, String> data(String overlay, String kind, String name) {
        return Kustomize.named(overlay, kind, name).path("data").properties().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asString()));
    }

    private static String decoded(ObjectNode secret, String key) {
        return new String(Base64.getDecoder().decode(secret.at("/data/" + key).asString()));
    }

    private static JsonNode env(String overlay, String deployment, String name) {
        JsonNode env = Kustomize.named(overlay, "Deployment", deployment).at("/spec/template/spec/containers/0/env");
        return StreamSupport.stream(env.spliterator(), false).filter(e -> e.path("name").asString().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(deployment + " has no " + name));
    }
}
