package com.omnidom.deploy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * What the rendered NetworkPolicies of the namespace allow, by the API's rules: a pod no policy selects for a
 * direction is open in it; a selected pod takes only what one of its policies' rules allows (peers by pod and
 * namespace labels or an IP block; ports with protocol TCP unless said).
 */
final class NetworkPolicies {

    /** A pod of the namespace, one of another namespace (by that namespace's labels), or an address outside. */
    record Peer(Map<String, String> pod, Map<String, String> namespace, boolean external) {

        static final String NAMESPACE = "omnidom";

        static Peer here(Map<String, String> pod) {
            return new Peer(pod, Map.of("kubernetes.io/metadata.name", NAMESPACE), false);
        }

        static Peer in(String namespace, Map<String, String> pod) {
            return new Peer(pod, Map.of("kubernetes.io/metadata.name", namespace), false);
        }

        static Peer outside() {
            return new Peer(Map.of(), Map.of(), true);
        }
    }

    private final List<ObjectNode> policies;

    NetworkPolicies(String overlay) {
        this.policies = Kustomize.ofKind(overlay, "NetworkPolicy");
    }

    /** Whether a connection from one peer to a pod of this namespace on the port is allowed at both ends. */
    boolean allows(Peer from, Peer to, String protocol, int port) {
        boolean leaves = from.external() || !from.namespace().equals(Peer.here(Map.of()).namespace())
                || allowed(from.pod(), "Egress", "egress", "to", to, protocol, port);
        boolean enters = to.external() || !to.namespace().equals(Peer.here(Map.of()).namespace())
                || allowed(to.pod(), "Ingress", "ingress", "from", from, protocol, port);
        return leaves && enters;
    }

    private boolean allowed(Map<String, String> pod, String type, String rulesField, String peersField, Peer other,
                            String protocol, int port) {
        List<ObjectNode> selecting = policies.stream()
                .filter(p -> matches(p.at("/spec/podSelector"), pod))
                .filter(p -> StreamSupport.stream(p.at("/spec/policyTypes").spliterator(), false)
                        .anyMatch(t -> t.asString().equals(type)))
                .toList();
        if (selecting.isEmpty()) return true;
        return selecting.stream().flatMap(p -> StreamSupport.stream(p.at("/spec/" + rulesField).spliterator(), false))
                .anyMatch(rule -> portMatches(rule.path("ports"), protocol, port) && peerMatches(rule.path(peersField), other));
    }

    private static boolean portMatches(JsonNode ports, String protocol, int port) {
        if (ports.isMissingNode() || ports.isEmpty()) return true;
        return StreamSupport.stream(ports.spliterator(), false).anyMatch(p ->
                p.path("protocol").asString("TCP").equals(protocol) && (p.path("port").isMissingNode() || p.path("port").asInt() == port));
    }

    private static boolean peerMatches(JsonNode peers, Peer other) {
        if (peers.isMissingNode() || peers.isEmpty()) return true;
        return StreamSupport.stream(peers.spliterator(), false).anyMatch(peer -> {
            if (peer.has("ipBlock")) return other.external() && peer.at("/ipBlock/cidr").asString().equals("0.0.0.0/0");
            if (other.external()) return false;
            boolean namespace = peer.has("namespaceSelector")
                    ? matches(peer.path("namespaceSelector"), other.namespace())
                    : other.namespace().equals(Peer.here(Map.of()).namespace());
            boolean pod = !peer.has("podSelector") || matches(peer.path("podSelector"), other.pod());
            return namespace && pod;
        });
    }

    /** A label selector (matchLabels; matchExpressions are not used here and refused) against labels. */
    private static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (selector.has("matchExpressions")) throw new AssertionError("matchExpressions not evaluated: " + selector);
        JsonNode match = selector.path("matchLabels");
        for (var entry : match.properties()) {
            if (!entry.getValue().asString().equals(labels.get(entry.getKey()))) return false;
        }
        return true;
    }

    /** The labels of a Deployment's pods, as rendered. */
    static Map<String, String> podLabels(String overlay, String deployment) {
        JsonNode labels = Kustomize.named(overlay, "Deployment", deployment).at("/spec/template/metadata/labels");
        return labels.properties().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asString()));
    }
}
