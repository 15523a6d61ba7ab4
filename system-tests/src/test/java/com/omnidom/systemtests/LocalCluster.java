package com.omnidom.systemtests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.omnidom.testsupport.TestDatabases;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.omnidom.systemtests.Cluster.freePort;

/**
 * The whole system on this machine: an in-JVM KRaft broker, one fresh database per service on the
 * machine's PostgreSQL (else embedded), an SMTP server (GreenMail), the PSP simulator, the authorization server
 * and the seven services, each as its own JVM from its packaged jar; the services trust the authorization server's
 * tokens only.
 */
final class LocalCluster implements Cluster {

    private final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
    private final List<TestDatabases.TestDatabase> databases = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private GreenMail mail;
    private ServiceProcess psp;
    private ServiceProcess authorizationServer;
    private Duration startTime;

    static LocalCluster start() throws Exception {
        LocalCluster cluster = new LocalCluster();
        return Cluster.started(cluster, cluster::startAll);
    }

    private void startAll() throws Exception {
        Instant began = Instant.now();
        broker.brokerProperty("log.retention.check.interval.ms", "60000");
        broker.afterPropertiesSet();
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        psp = new ServiceProcess("psp-simulator", freePort(), LOGS, "/health");
        psp.start(ROOT.resolve("psp-simulator/target/psp-simulator.jar"), List.of("--port", Integer.toString(psp.port())));

        authorizationServer = ServiceProcess.springBoot("authorization-server", freePort(), LOGS);
        authorizationServer.startSpringBoot(ROOT.resolve("authorization-server/target/authorization-server.jar"), Map.of(
                "spring.security.oauth2.authorizationserver.issuer", authorizationServer.baseUrl(),
                // the retailer's locations each get a client named by its id
                "omnidom.auth.stores", String.join(",", Retailer.STORES),
                "omnidom.auth.warehouses", String.join(",", Retailer.WAREHOUSES),
                "omnidom.auth.partners", String.join(",", Retailer.PARTNERS)));

        for (String name : SERVICES) {
            var db = TestDatabases.create("system_" + name.replace("-service", ""));
            databases.add(db);
            var service = ServiceProcess.springBoot(name, freePort(), LOGS);
            Map<String, String> properties = new HashMap<>(Map.of(
                    "spring.datasource.url", db.url(),
                    "spring.datasource.username", db.username(),
                    "spring.datasource.password", db.password(),
                    "spring.kafka.bootstrap-servers", broker.getBrokersAsString(),
                    "omnidom.payment.psp.base-url", psp.baseUrl(),
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", Integer.toString(mail.getSmtp().getPort())));
            properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", authorizationServer.baseUrl());
            properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", authorizationServer.baseUrl() + "/oauth2/jwks");
            // routing-service's pickup hold at stores, short for PickupExpirySystemIT (the others hand theirs over far sooner)
            properties.putAll(Map.of("omnidom.routing.pickup.reminder-after.STORE", "10s",
                    "omnidom.routing.pickup.expire-after.STORE", "150s", "omnidom.routing.pickup.check", "2s"));
            service.startSpringBoot(ROOT.resolve(name + "/target/" + name + ".jar"), properties);
            services.put(name, service);
        }
        // the people's screens sign in at the authorization server and call routing-service as the person
        var web = ServiceProcess.springBoot("web", freePort(), LOGS);
        Map<String, String> screens = new HashMap<>(Map.of("omnidom.web.auth.issuer", authorizationServer.baseUrl()));
        for (String name : List.of("order", "routing", "payment", "notification", "returns")) {
            screens.put("omnidom.web.services." + name, services.get(name + "-service").baseUrl());
        }
        web.startSpringBoot(ROOT.resolve("web/target/web.jar"), screens);
        services.put("web", web);
        // -Domnidom.systemtests.start-minutes: more on a machine busy with other builds
        Instant deadline = Instant.now().plus(Duration.ofMinutes(Long.getLong("omnidom.systemtests.start-minutes", 5)));
        psp.awaitHealthy(deadline);
        authorizationServer.awaitHealthy(deadline);
        for (ServiceProcess service : services.values()) service.awaitHealthy(deadline);
        startTime = Duration.between(began, Instant.now());
    }

    /** The issuer of every token the services accept. */
    @Override
    public String authorizationServerUrl() {
        return authorizationServer.baseUrl();
    }

    @Override
    public int port(String service) {
        return services.get(service).port();
    }

    @Override
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public Duration startTime() {
        return startTime;
    }

    @Override
    public Map<String, Long> rssMib() {
        return services.values().stream().collect(Collectors.toMap(ServiceProcess::name, s -> s.rssKib() / 1024,
                (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public List<MimeMessage> mailTo(String recipient) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> addressedTo(m, recipient)).toList();
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return "the services as processes on this machine (LocalCluster)";
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess service : services.values()) service.stop();
        if (authorizationServer != null) authorizationServer.stop();
        if (psp != null) psp.stop();
        if (mail != null) mail.stop();
        broker.destroy();
        databases.forEach(TestDatabases.TestDatabase::drop);
    }
}
