package com.omnidom.systemtests;

import com.omnidom.testsupport.Http;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An alert fired for real: the compose stack's Prometheus, with observability/prometheus/rules mounted as
 * docker-compose.yml does, reports {@code OmnidomServiceDown} for notification-service once its container is stopped
 * (its scrapes fail, then its target leaves DNS service discovery), and not before. Pending is enough: the rule's
 * {@code for} stays the realistic 2 minutes. The container is started again and Prometheus sees it up before the test
 * ends. Compose only (the process cluster has no Prometheus); last of the module's classes, as it takes a service away.
 */
@ExtendWith(RunningSystem.class)
@Order(Integer.MAX_VALUE)
class AlertsSystemIT {

    private static final String SERVICE = "notification-service";
    private static final String ALERT = "OmnidomServiceDown";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final TheSystem system;

    AlertsSystemIT(TheSystem system) {
        this.system = system;
    }

    @Test
    void stoppingAServiceFiresTheServiceDownAlertWithItsRunbook() throws Exception {
        assumeTrue(system.cluster() instanceof ComposeCluster, "no Prometheus: the services run as processes");
        ComposeCluster cluster = (ComposeCluster) system.cluster();
        Http prometheus = new Http(cluster.port("prometheus"));

        JsonNode groups = prometheus.get("/api/v1/rules").json().at("/data/groups");
        List<String> loaded = new ArrayList<>();
        groups.forEach(g -> loaded.add(g.path("name").asString()));
        assertThat(loaded).as("rule groups Prometheus loaded").contains("omnidom.flow", "omnidom.business", "omnidom.availability");
        // scraped and evaluated with the service up: no alert for it
        await().atMost(TIMEOUT).until(() -> up(prometheus, SERVICE), up -> up);
        assertThat(serviceDown(prometheus)).isEmpty();

        String container = container(cluster.port(SERVICE));
        docker("stop", "-t", "20", container);
        try {
            JsonNode alert = await().atMost(TIMEOUT).pollInterval(Duration.ofSeconds(2))
                    .until(() -> serviceDown(prometheus), alerts -> !alerts.isEmpty()).getFirst();

            assertThat(alert.at("/state").asString()).isIn("pending", "firing");
            assertThat(alert.at("/labels/severity").asString()).isEqualTo("critical");
            assertThat(alert.at("/annotations/summary").asString()).isEqualTo(SERVICE + " is down");
            assertThat(alert.at("/annotations/runbook_url").asString()).isEqualTo("docs/runbooks/" + ALERT + ".md");
        } finally {
            docker("start", container);
        }
        // back: scraped again (Prometheus reaches it inside the compose network, whatever its published port now is)
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> up(prometheus, SERVICE), up -> up);
    }

    /** The OmnidomServiceDown alerts for the service, pending or firing. */
    private static List<JsonNode> serviceDown(Http prometheus) {
        List<JsonNode> found = new ArrayList<>();
        prometheus.get("/api/v1/alerts").json().at("/data/alerts").forEach(a -> {
            if (ALERT.equals(a.at("/labels/alertname").asString()) && SERVICE.equals(a.at("/labels/service").asString())) {
                found.add(a);
            }
        });
        return found;
    }

    /** Whether Prometheus' last scrape of every target of the service succeeded. */
    private static boolean up(Http prometheus, String service) {
        JsonNode result = ObservabilitySystemIT.query(prometheus, "up{service=\"" + service + "\"}");
        if (result.isEmpty()) return false;
        for (JsonNode sample : result) {
            if (!sample.at("/value/1").asString().equals("1")) return false;
        }
        return true;
    }

    /** The id of the container that publishes its port 8080 on this host port (Docker and Podman list ports alike). */
    private static String container(int hostPort) {
        Pattern published = Pattern.compile("(^|[ ,])[0-9.:\\[\\]]*:" + hostPort + "->8080/tcp");
        return docker("ps", "--format", "{{.ID}} {{.Ports}}").lines()
                .filter(line -> published.matcher(line).find()).map(line -> line.split(" ", 2)[0]).findFirst()
                .orElseThrow(() -> new AssertionError("no running container publishes port " + hostPort));
    }

    private static String docker(String... arguments) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("docker", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError(String.join(" ", command) + " did not finish in 2 minutes");
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) throw new AssertionError(String.join(" ", command) + " failed: " + text);
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new AssertionError("docker cannot be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
