package com.omnidom.devstack.kafka;

import com.omnidom.events.TopicSpec;
import com.omnidom.events.Topics;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Who may do what on the local broker: a SCRAM-SHA-512 principal per service, per partner and one for local tools,
 * and their ACLs (the broker denies everything no ACL allows). Applied at every start; both steps are idempotent.
 * <ul>
 *   <li>a service: its topics' and dead-letter topics' READ/WRITE/DESCRIBE/CREATE/ALTER/configs (prefixes of every
 *   shared topic, so {@code .DLT} too), its consumer group (= its name) and anonymous groups (broadcast consumers);
 *   routing-service also the partner topics it creates and writes ({@code partner.});</li>
 *   <li>a partner: READ/DESCRIBE on topics and READ on groups with the prefix {@code partner.<partnerId>.}, nothing else;</li>
 *   <li>{@value #TOOLS}: reads every shared topic (demo traffic, kcat), groups with its own prefix.</li>
 * </ul>
 * Demo passwords derive from one secret ({@link #password}): for the local stack only.
 */
public final class KafkaAccess {

    /** The broker's (and controller's) own principal: the super user. */
    public static final String BROKER = "broker";
    /** Read-only principal for local tools: the demo traffic's event stream, kcat. */
    public static final String TOOLS = "omnidom-tools";
    public static final String DEFAULT_SECRET = "omnidom-demo";
    public static final List<String> DEFAULT_SERVICES = List.of("catalog-service", "inventory-service", "order-service",
            "routing-service", "payment-service", "notification-service", "returns-service");

    private static final int ITERATIONS = 8192;
    private static final List<AclOperation> SERVICE_TOPIC_OPERATIONS = List.of(AclOperation.READ, AclOperation.WRITE,
            AclOperation.DESCRIBE, AclOperation.CREATE, AclOperation.ALTER, AclOperation.DESCRIBE_CONFIGS,
            AclOperation.ALTER_CONFIGS);

    private KafkaAccess() {
    }

    /**
     * A demo principal's password: HMAC-SHA256 of the principal under the secret, 24 characters of base64url. One
     * password tells nothing of another's; whoever has the secret has them all (local stack only).
     */
    public static String password(String principal, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(principal.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 24);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** A partner's principal (its SCRAM user name): {@code partner.<partnerId>}, like its topic and group prefix. */
    public static String partnerPrincipal(String partnerId) {
        return Topics.partnerPrefix(partnerId).replaceFirst("\\.$", "");
    }

    /** The SCRAM users to create, with their passwords, in a stable order. */
    public static Map<String, String> users(List<String> services, List<String> partnerIds, String secret) {
        Map<String, String> users = new LinkedHashMap<>();
        services.forEach(s -> users.put(s, password(s, secret)));
        partnerIds.forEach(p -> users.put(partnerPrincipal(p), password(partnerPrincipal(p), secret)));
        users.put(TOOLS, password(TOOLS, secret));
        return users;
    }

    /** Every ACL of the local stack. */
    public static List<AclBinding> acls(List<String> services, List<String> partnerIds) {
        List<AclBinding> acls = new ArrayList<>();
        for (String service : services) {
            for (TopicSpec topic : Topics.all()) {
                SERVICE_TOPIC_OPERATIONS.forEach(op -> acls.add(allow(service, ResourceType.TOPIC, topic.name(), PatternType.PREFIXED, op)));
            }
            acls.add(allow(service, ResourceType.GROUP, service, PatternType.LITERAL, AclOperation.READ));
            // Spring Cloud Stream's broadcast (group-less) consumers run in a group "anonymous.<uuid>"
            acls.add(allow(service, ResourceType.GROUP, "anonymous.", PatternType.PREFIXED, AclOperation.READ));
        }
        if (services.contains("routing-service")) {
            SERVICE_TOPIC_OPERATIONS.forEach(op -> acls.add(allow("routing-service", ResourceType.TOPIC, "partner.", PatternType.PREFIXED, op)));
        }
        for (String partnerId : partnerIds) {
            String principal = partnerPrincipal(partnerId);
            String prefix = Topics.partnerPrefix(partnerId);
            acls.add(allow(principal, ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.READ));
            acls.add(allow(principal, ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.DESCRIBE));
            acls.add(allow(principal, ResourceType.GROUP, prefix, PatternType.PREFIXED, AclOperation.READ));
        }
        for (TopicSpec topic : Topics.all()) {
            acls.add(allow(TOOLS, ResourceType.TOPIC, topic.name(), PatternType.PREFIXED, AclOperation.READ));
            acls.add(allow(TOOLS, ResourceType.TOPIC, topic.name(), PatternType.PREFIXED, AclOperation.DESCRIBE));
        }
        acls.add(allow(TOOLS, ResourceType.GROUP, TOOLS, PatternType.PREFIXED, AclOperation.READ));
        return acls;
    }

    /** Creates (or refreshes) every user's SCRAM credential and every ACL, connected as the broker's super user. */
    public static void provision(String bootstrap, String secret, Map<String, String> users, List<AclBinding> acls)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "PLAIN",
                SaslConfigs.SASL_JAAS_CONFIG, plainJaas(BROKER, password(BROKER, secret))))) {
            var credentials = users.entrySet().stream().map(u -> new UserScramCredentialUpsertion(u.getKey(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), u.getValue())).toList();
            admin.alterUserScramCredentials(List.copyOf(credentials)).all().get(60, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(60, TimeUnit.SECONDS);
        }
    }

    /** Client settings for a SCRAM-SHA-512 principal on the local broker's SASL_PLAINTEXT listener. */
    public static Map<String, Object> scramClient(String bootstrap, String user, String password) {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512",
                SaslConfigs.SASL_JAAS_CONFIG, scramJaas(user, password));
    }

    public static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    static String plainJaas(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation op) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + principal, "*", op, AclPermissionType.ALLOW));
    }
}
