package com.omnidom.deploy;

import com.omnidom.deploy.NetworkPolicies.Peer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The NetworkPolicies deny by default and allow exactly the event flow, the databases, REST, metrics and DNS. */
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
    }

    @Test
    void inProductionTheServicesReachHttpsOutsideAndOnlyNotificationReachesSmtp() {
        String production = "overlays/production";
        NetworkPolicies policies = new NetworkPolicies(production);
        for (String service : Services.NAMES) {
            Peer pod = Peer.here(NetworkPolicies.podLabels(production, service));
            assertThat(policies.allows(pod, Peer.outside(), "TCP", 443)).as(service + " → identity provider, PSP").isTrue();
            assertThat(policies.allows(pod, Peer.outside(), "TCP", 587)).as(service + " → SMTP relay")
                    .isEqualTo(service.equals("notification-service"));
        }
    }
}
