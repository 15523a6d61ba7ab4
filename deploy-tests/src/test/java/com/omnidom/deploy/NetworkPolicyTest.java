package com.omnidom.deploy;

import com.omnidom.deploy.NetworkPolicies.Peer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NetworkPolicies deny by default and allow exactly the event flow, the databases, REST (the people's screens
 * included), metrics and DNS.
 */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    // the labels Strimzi and CloudNativePG put on their pods
    private static final Peer BROKER = Peer.here(Map.of("strimzi.io/cluster", "omnidom", "strimzi.io/kind", "Kafka",
            "strimzi.io/broker-role", "true", "strimzi.io/pool-name", "dual-role"));
    private static final Peer POSTGRES = Peer.here(Map.of("cnpg.io/cluster", "omnidom-pg", "cnpg.io/instanceRole", "primary"));
    private static final Peer DNS = Peer.in("kube-system", Map.of("k8s-app", "kube-dns"));
    private static final Peer INGRESS_CONTROLLER = Peer.in("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
    private static final Peer PROMETHEUS = Peer.in("monitoring", Map.of("app.kubernetes.io/name", "prometheus"));

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceReachesKafkaItsDatabaseAndDnsAndIsReachedByTheIngressAndPrometheus(String overlay) {
        NetworkPolicies policies = new NetworkPolicies(overlay);
        for (String service : Services.NAMES) {
            Peer pod = Peer.here(NetworkPolicies.podLabels(overlay, service));
            assertThat(policies.allows(pod, BROKER, "TCP", 9093)).as(service + " → Kafka").isTrue();
            assertThat(policies.allows(pod, POSTGRES, "TCP", 5432)).as(service + " → PostgreSQL").isTrue();
            assertThat(policies.allows(pod, DNS, "UDP", 53)).as(service + " → DNS").isTrue();
            assertThat(policies.allows(INGRESS_CONTROLLER, pod, "TCP", 8080)).as("ingress → " + service).isTrue();
            assertThat(policies.allows(PROMETHEUS, pod, "TCP", 8080)).as("Prometheus → " + service).isTrue();

            assertThat(policies.allows(pod, BROKER, "TCP", 9092)).as(service + " → Kafka's other ports").isFalse();
            assertThat(policies.allows(Peer.in("default", Map.of()), pod, "TCP", 8080)).as("another namespace → " + service).isFalse();
            assertThat(policies.allows(pod, Peer.outside(), "TCP", 25)).as(service + " → anywhere on 25").isFalse();
        }
        assertThat(policies.allows(Peer.in("default", Map.of()), POSTGRES, "TCP", 5432)).as("another namespace → PostgreSQL").isFalse();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theScreensAreReachedThroughTheIngressControllerOnlyAndReachTheServicesTheyCallButNeitherKafkaNorADatabase(String overlay) {
        NetworkPolicies policies = new NetworkPolicies(overlay);
        Peer web = Peer.here(NetworkPolicies.podLabels(overlay, Services.WEB));
        assertThat(policies.allows(INGRESS_CONTROLLER, web, "TCP", 8080)).as("ingress → web").isTrue();
        assertThat(policies.allows(web, DNS, "UDP", 53)).as("web → DNS").isTrue();

        assertThat(policies.allows(PROMETHEUS, web, "TCP", 8080)).as("Prometheus → web").isFalse();
        assertThat(policies.allows(Peer.in("default", Map.of()), web, "TCP", 8080)).as("another namespace → web").isFalse();
        assertThat(policies.allows(web, BROKER, "TCP", 9093)).as("web → Kafka").isFalse();
        assertThat(policies.allows(web, POSTGRES, "TCP", 5432)).as("web → PostgreSQL").isFalse();
        assertThat(policies.allows(web, Peer.outside(), "TCP", 25)).as("web → anywhere on 25").isFalse();
        for (String service : Services.NAMES) {
            Peer pod = Peer.here(NetworkPolicies.podLabels(overlay, service));
            // the services whose APIs web's application.yml names, on their HTTP port, and no other
            assertThat(policies.allows(web, pod, "TCP", 8080)).as("web → " + service)
                    .isEqualTo(Services.calledByWeb().contains(service));
            assertThat(policies.allows(web, pod, "TCP", 5432)).as("web → " + service + " on another port").isFalse();
            assertThat(policies.allows(pod, web, "TCP", 8080)).as(service + " → web").isFalse();
        }
        assertThat(Services.calledByWeb()).contains("routing-service").doesNotContain("catalog-service", "inventory-service");
    }

    @Test
    void locallyTheServicesFetchKeysInClusterPaymentAndTheSimulatorCallEachOtherAndNotificationMailsGreenMail() {
        String local = "overlays/local";
        NetworkPolicies policies = new NetworkPolicies(local);
        Peer issuer = Peer.here(NetworkPolicies.podLabels(local, "authorization-server"));
        Peer psp = Peer.here(NetworkPolicies.podLabels(local, "psp-simulator"));
        Peer mail = Peer.here(NetworkPolicies.podLabels(local, "greenmail"));
        for (String service : Services.NAMES) {
            Peer pod = Peer.here(NetworkPolicies.podLabels(local, service));
            assertThat(policies.allows(pod, issuer, "TCP", 8080)).as(service + " → JWKS").isTrue();
            assertThat(policies.allows(pod, psp, "TCP", 8090)).as(service + " → PSP").isEqualTo(service.equals("payment-service"));
            assertThat(policies.allows(pod, mail, "TCP", 3025)).as(service + " → SMTP").isEqualTo(service.equals("notification-service"));
            // the simulator's signed dispute notifications reach payment-service only
            assertThat(policies.allows(psp, pod, "TCP", 8080)).as("PSP webhook → " + service).isEqualTo(service.equals("payment-service"));
        }
        assertThat(policies.allows(PROMETHEUS, issuer, "TCP", 8080)).as("Prometheus → token endpoint").isTrue();

        // the people's screens fetch tokens and keys in-cluster, their browsers sign in through the ingress controller
        Peer web = Peer.here(NetworkPolicies.podLabels(local, Services.WEB));
        assertThat(policies.allows(web, issuer, "TCP", 8080)).as("web → token endpoint, JWKS").isTrue();
        assertThat(policies.allows(INGRESS_CONTROLLER, issuer, "TCP", 8080)).as("browsers → sign-in").isTrue();
        assertThat(policies.allows(web, psp, "TCP", 8090)).as("web → PSP").isFalse();
        assertThat(policies.allows(web, mail, "TCP", 3025)).as("web → SMTP").isFalse();
        assertThat(policies.allows(psp, web, "TCP", 8080)).as("PSP → web").isFalse();
        assertThat(policies.allows(issuer, web, "TCP", 8080)).as("authorization server → web").isFalse();
    }

    @Test
    void inProductionTheServicesAndTheScreensReachHttpsOutsideAndOnlyNotificationReachesSmtp() {
        String production = "overlays/production";
        NetworkPolicies policies = new NetworkPolicies(production);
        for (String service : Services.NAMES) {
            Peer pod = Peer.here(NetworkPolicies.podLabels(production, service));
            assertThat(policies.allows(pod, Peer.outside(), "TCP", 443)).as(service + " → identity provider, PSP").isTrue();
            assertThat(policies.allows(pod, Peer.outside(), "TCP", 587)).as(service + " → SMTP relay")
                    .isEqualTo(service.equals("notification-service"));
        }
        Peer web = Peer.here(NetworkPolicies.podLabels(production, Services.WEB));
        assertThat(policies.allows(web, Peer.outside(), "TCP", 443)).as("web → identity provider").isTrue();
        assertThat(policies.allows(web, Peer.outside(), "TCP", 587)).as("web → SMTP relay").isFalse();
    }
}
