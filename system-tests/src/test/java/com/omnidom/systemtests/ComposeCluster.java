package com.omnidom.systemtests;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.omnidom.systemtests.Cluster.freePort;

/**
 * The whole system from the repository's docker-compose.yml, as its own compose project: the images as deployed,
 * routing-service and inventory-service scaled to {@value #REPLICAS} replicas each, every host port a free one (Kafka's
 * chosen here, because the broker advertises it). The public images when they are present, else the locally built
 * ones ({@code containers/local.env}); Grafana, which has no local build, only when its image is present.
 * {@code down -v} at the end leaves nothing behind.
 */
final class ComposeCluster implements Cluster {

    static final int REPLICAS = 2;
    static final List<String> SCALED = List.of("routing-service", "inventory-service");
    /** Services left out when their image is not on this machine: Grafana has no local build (containers/local.env). */
    static final List<String> OPTIONAL = List.of("grafana");
    /** Grafana's admin password in the system tests' stack. */
    static final String GRAFANA_PASSWORD = "system-tests-grafana";
    private static final Path COMPOSE_FILE = ROOT.resolve("docker-compose.yml");
    private static final Path LOCAL_ENV = ROOT.resolve("containers/local.env");
    /** Every published port of docker-compose.yml: empty means a free one, so a stack already running does not clash. */
    private static final List<String> PORT_VARIABLES = List.of("POSTGRES_PORT", "MAIL_WEB_PORT", "MAIL_SMTP_PORT",
            "MAIL_IMAP_PORT", "PSP_PORT", "AUTHORIZATION_SERVER_PORT", "CATALOG_SERVICE_PORT", "INVENTORY_SERVICE_PORT",
            "ORDER_SERVICE_PORT", "ROUTING_SERVICE_PORT", "PAYMENT_SERVICE_PORT", "NOTIFICATION_SERVICE_PORT",
            "RETURNS_SERVICE_PORT", "WEB_PORT", "PROMETHEUS_PORT", "GRAFANA_PORT");
    private static final Pattern SERVICE = Pattern.compile("^  ([A-Za-z0-9_.-]+):\\s*$");
    private static final Pattern IMAGE = Pattern.compile("^\\s+image: ['\"]?([^'\"\\s]+)['\"]?\\s*$");
    private static final Pattern HOST_PORT = Pattern.compile(":(\\d+)\\s*$");

    /**
     * How compose can run here: its command, the images' variables and the services it leaves out (of
     * {@link #OPTIONAL}, their image missing; empty: it starts every service); or why it cannot.
     */
    record Setup(List<String> compose, Path envFile, List<String> leftOut, List<String> services, String unavailable) {

        static Setup none(String why) {
            return new Setup(null, null, List.of(), List.of(), why);
        }

        boolean available() {
            return unavailable == null;
        }
    }

    private final Setup setup;
    private final String project = "omnidom-st-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> environment = new HashMap<>();
    private final Map<String, List<Integer>> ports = new HashMap<>();
    private Path override;
    private Process healthchecks;
    private Duration startTime;
    private int kafkaPort;
    private boolean closed;

    private ComposeCluster(Setup setup) {
        this.setup = setup;
    }

    /**
     * Compose can run the system when a Docker API answers (DOCKER_HOST or the default socket), docker compose v2 or
     * docker-compose is installed and every image the file names exists (public, else those of containers/local.env),
     * but for those of {@link #OPTIONAL} services, which are left out then.
     */
    static Setup setup() {
        if (run(Duration.ofSeconds(20), "docker", "version", "--format", "{{.Server.Version}}").exit() != 0) {
            return Setup.none("no Docker API answers (DOCKER_HOST or the default socket)");
        }
        List<String> compose;
        if (run(Duration.ofSeconds(20), "docker", "compose", "version").exit() == 0) compose = List.of("docker", "compose");
        else if (run(Duration.ofSeconds(20), "docker-compose", "version").exit() == 0) compose = List.of("docker-compose");
        else return Setup.none("neither docker compose nor docker-compose is installed");
        Images images = images(compose, null);
        if (images.missing().isEmpty()) return new Setup(compose, null, images.leftOut(), images.services(), null);
        if (Files.exists(LOCAL_ENV)) {
            Images local = images(compose, LOCAL_ENV);
            if (local.missing().isEmpty()) return new Setup(compose, LOCAL_ENV, local.leftOut(), local.services(), null);
            images = local;
        }
        return Setup.none("images missing: " + String.join(", ", images.missing()) + " (containers/build-images.sh builds them)");
    }

    /** The services to start, those of {@link #OPTIONAL} left out for want of their image, and the images missing. */
    private record Images(List<String> services, List<String> leftOut, List<String> missing) {
    }

    private static Images images(List<String> compose, Path envFile) {
        List<String> command = new ArrayList<>(compose);
        if (envFile != null) command.addAll(List.of("--env-file", envFile.toString()));
        command.addAll(List.of("-f", COMPOSE_FILE.toString(), "config"));
        Result config = run(Duration.ofSeconds(60), command.toArray(String[]::new));
        if (config.exit() != 0) {
            return new Images(List.of(), List.of(), List.of("(docker-compose.yml does not parse: " + config.output().strip() + ")"));
        }
        // each service's image, from the resolved file: the services at two spaces under services:, their keys deeper
        Map<String, String> imageOf = new LinkedHashMap<>();
        String section = "";
        String service = null;
        for (String line : config.output().lines().toList()) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                section = line.strip();
                service = null;
                continue;
            }
            Matcher name = SERVICE.matcher(line);
            Matcher image = IMAGE.matcher(line);
            if (section.equals("services:") && name.matches()) service = name.group(1);
            else if (service != null && image.matches()) imageOf.put(service, image.group(1));
        }
        Map<String, Boolean> present = new HashMap<>();
        List<String> services = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        imageOf.forEach((s, image) -> {
            if (present.computeIfAbsent(image, i -> run(Duration.ofSeconds(20), "docker", "image", "inspect", i).exit() == 0)) {
                services.add(s);
            } else if (OPTIONAL.contains(s)) {
                leftOut.add(s);
            } else if (!missing.contains(image)) {
                missing.add(image);
            }
        });
        return new Images(services, leftOut, missing);
    }

    /** Whether the stack runs {@code service}: {@link #OPTIONAL} ones only when their image is present. */
    boolean runs(String service) {
        return !setup.leftOut().contains(service);
    }

    static ComposeCluster start(Setup setup) throws Exception {
        ComposeCluster cluster = new ComposeCluster(setup);
        // a test JVM stopped before the run ends (Ctrl-C, a cancelled CI job) still takes its stack down
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.close();
            } catch (Exception e) {
                System.err.println("compose down at exit failed: " + e);
            }
        }));
        return Cluster.started(cluster, cluster::startAll);
    }

    private void startAll() throws Exception {
        Instant began = Instant.now();
        Files.createDirectories(LOGS);
        kafkaPort = freePort();
        environment.put("KAFKA_PORT", Integer.toString(kafkaPort));
        PORT_VARIABLES.forEach(variable -> environment.put(variable, ""));
        // browsers sign in at the issuer's own address: the authorization server's port is chosen here, not by compose
        int authorizationPort = freePort();
        environment.put("AUTHORIZATION_SERVER_PORT", Integer.toString(authorizationPort));
        environment.put("OMNIDOM_ISSUER", "http://127.0.0.1:" + authorizationPort);
        environment.put("GRAFANA_ADMIN_PASSWORD", GRAFANA_PASSWORD);
        // the system tests' retailer: each of its locations works its fulfilment orders with its own client
        override = LOGS.resolve("compose-system-tests.yml");
        Files.writeString(override, """
                services:
                  authorization-server:
                    environment:
                      OMNIDOM_AUTH_STORES: %s
                      OMNIDOM_AUTH_WAREHOUSES: %s
                      OMNIDOM_AUTH_PARTNERS: %s
                  routing-service:
                    environment:
                      OMNIDOM_ROUTING_PICKUP_REMINDERAFTER_STORE: 10s
                      OMNIDOM_ROUTING_PICKUP_EXPIREAFTER_STORE: 150s
                      OMNIDOM_ROUTING_PICKUP_CHECK: 2s
                """.formatted(String.join(",", Retailer.STORES), String.join(",", Retailer.WAREHOUSES),
                String.join(",", Retailer.PARTNERS)));
        // Podman without systemd runs no health check by itself: this does, until the project is gone
        healthchecks = new ProcessBuilder(ROOT.resolve("containers/compose/podman-healthchecks.sh").toString(), project)
                .redirectErrorStream(true).redirectOutput(LOGS.resolve("podman-healthchecks.log").toFile()).start();

        List<String> up = new ArrayList<>(List.of("up", "-d"));
        SCALED.forEach(service -> up.addAll(List.of("--scale", service + "=" + REPLICAS)));
        // named services only when some are left out: up starts them and what they depend on
        if (!setup.leftOut().isEmpty()) up.addAll(setup.services());
        Result started = compose(Duration.ofMinutes(8), up);
        if (started.exit() != 0) throw new IllegalStateException("compose up failed:\n" + started.output());
        awaitHealthy(Instant.now().plus(Duration.ofMinutes(6)));

        for (String service : Cluster.SERVICES) {
            ports.put(service, publishedPorts(service, 8080, SCALED.contains(service) ? REPLICAS : 1));
        }
        ports.put("authorization-server", publishedPorts("authorization-server", 8080, 1));
        ports.put("web", publishedPorts("web", 8080, 1));
        ports.put("mail-imap", publishedPorts("mail", 3143, 1));
        ports.put("prometheus", publishedPorts("prometheus", 9090, 1));
        if (runs("grafana")) ports.put("grafana", publishedPorts("grafana", 3000, 1));
        startTime = Duration.between(began, Instant.now());
    }

    /** Every container of the project healthy, or the failure with the logs of those that are not. */
    private void awaitHealthy(Instant deadline) throws Exception {
        List<Container> containers = List.of();
        while (Instant.now().isBefore(deadline)) {
            containers = containers();
            if (!containers.isEmpty() && containers.stream().allMatch(c -> c.state().equals("healthy"))) return;
            for (Container container : containers) {
                if (container.state().equals("exited") || container.state().equals("dead")) {
                    throw new IllegalStateException(container.name() + " stopped:\n" + logs(container.id()));
                }
            }
            Thread.sleep(2000);
        }
        StringBuilder failure = new StringBuilder("not healthy in time: " + containers);
        for (Container container : containers) {
            if (!container.state().equals("healthy")) {
                failure.append("\n--- ").append(container.name()).append('\n').append(logs(container.id()));
            }
        }
        throw new IllegalStateException(failure.toString());
    }

    /** A container of the project: its id, name (without the project) and health, or its state when it has none. */
    private record Container(String id, String name, String state) {
    }

    private List<Container> containers() {
        Result ids = compose(Duration.ofSeconds(60), List.of("ps", "-a", "-q"));
        List<String> command = new ArrayList<>(List.of("docker", "inspect", "--format",
                "{{.Id}} {{.Name}} {{if ne .State.Status \"running\"}}{{.State.Status}}{{else if .State.Health}}{{.State.Health.Status}}{{else}}running{{end}}"));
        ids.output().lines().map(String::strip).filter(line -> line.matches("[0-9a-f]{12,}")).forEach(command::add);
        if (command.size() == 4) return List.of();
        return run(Duration.ofSeconds(60), command.toArray(String[]::new)).output().lines()
                .map(line -> line.strip().split(" ", 3)).filter(parts -> parts.length == 3)
                .map(parts -> new Container(parts[0], parts[1].replaceFirst("^/", "").replaceFirst("^" + Pattern.quote(project) + "[_-]", ""), parts[2]))
                .toList();
    }

    private String logs(String container) {
        String log = run(Duration.ofSeconds(30), "docker", "logs", "--tail", "60", container).output();
        return log.isBlank() ? "(no log)" : log;
    }

    private List<Integer> publishedPorts(String service, int containerPort, int replicas) {
        List<Integer> published = new ArrayList<>();
        for (int index = 1; index <= replicas; index++) {
            Result port = compose(Duration.ofSeconds(30), List.of("port", "--index", Integer.toString(index), service,
                    Integer.toString(containerPort)));
            Matcher hostPort = HOST_PORT.matcher(port.output().strip());
            if (port.exit() != 0 || !hostPort.find()) {
                throw new IllegalStateException("no published port for " + service + " #" + index + ": " + port.output());
            }
            published.add(Integer.parseInt(hostPort.group(1)));
        }
        return published;
    }

    @Override
    public String authorizationServerUrl() {
        return "http://127.0.0.1:" + port("authorization-server");
    }

    @Override
    public int port(String service) {
        return ports(service).getFirst();
    }

    @Override
    public List<Integer> ports(String service) {
        List<Integer> published = ports.get(service);
        if (published == null) throw new IllegalArgumentException("no such service: " + service);
        return published;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    /** GreenMail's IMAP: with authentication off, each recipient's mailbox opens with its address as user name. */
    @Override
    public List<MimeMessage> mailTo(String recipient) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", port("mail-imap"), recipient, recipient);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<MimeMessage> messages = new ArrayList<>();
                for (Message message : inbox.getMessages()) messages.add(new MimeMessage((MimeMessage) message));
                return messages;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    @Override
    public Duration startTime() {
        return startTime;
    }

    /** docker stats of each container of the project (its cgroup's memory: the JVM's RSS and page cache it caused). */
    @Override
    public Map<String, Long> rssMib() {
        List<Container> containers = containers();
        List<String> command = new ArrayList<>(List.of("docker", "stats", "--no-stream", "--format", "{{.ID}} {{.MemUsage}}"));
        containers.forEach(c -> command.add(c.id()));
        Pattern usage = Pattern.compile("^([0-9a-f]+) ([\\d.]+)\\s*([KMG]i?B)");
        Map<String, Long> rss = new LinkedHashMap<>();
        run(Duration.ofSeconds(60), command.toArray(String[]::new)).output().lines().forEach(line -> {
            Matcher m = usage.matcher(line.strip());
            if (!m.find()) return;
            double value = Double.parseDouble(m.group(2));
            double mib = switch (m.group(3).charAt(0)) {
                case 'G' -> value * 1024;
                case 'K' -> value / 1024;
                default -> value;
            };
            containers.stream().filter(c -> c.id().startsWith(m.group(1))).findFirst()
                    .ifPresent(c -> rss.put(c.name(), Math.round(mib)));
        });
        return rss;
    }

    @Override
    public String describe() {
        // variables in the environment (as CI exports containers/local.env) win over the file's public defaults
        String images = setup.envFile() != null ? "images of containers/local.env"
                : System.getenv("KAFKA_IMAGE") != null ? "images of the environment, e.g. " + System.getenv("KAFKA_IMAGE")
                : "public images";
        String without = setup.leftOut().isEmpty() ? "" : ", without " + String.join(" and ", setup.leftOut()) + " (no image)";
        return "docker compose project " + project + " (" + images + ", " + String.join(" and ", SCALED) + " ×" + REPLICAS + without + ")";
    }

    @Override
    public synchronized void close() throws Exception {
        if (closed) return;
        closed = true;
        Files.writeString(LOGS.resolve("compose.log"), compose(Duration.ofMinutes(2), List.of("logs", "--no-color")).output());
        Result down = compose(Duration.ofMinutes(3), List.of("down", "-v", "--remove-orphans"));
        if (down.exit() != 0) System.err.println("compose down failed:\n" + down.output());
        if (healthchecks != null) {
            healthchecks.destroy();
            healthchecks.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Result compose(Duration timeout, List<String> arguments) {
        List<String> command = new ArrayList<>(setup.compose());
        if (setup.envFile() != null) command.addAll(List.of("--env-file", setup.envFile().toString()));
        command.addAll(List.of("-p", project, "-f", COMPOSE_FILE.toString()));
        if (override != null) command.addAll(List.of("-f", override.toString()));
        command.addAll(arguments);
        return run(timeout, environment, command.toArray(String[]::new));
    }

    record Result(int exit, String output) {
    }

    private static Result run(Duration timeout, String... command) {
        return run(timeout, Map.of(), command);
    }

    /** A command's exit status and output (stderr with stdout); 127 when it is not installed, -1 on timeout. */
    private static Result run(Duration timeout, Map<String, String> environment, String... command) {
        try {
            Path output = Files.createTempFile("compose", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    return new Result(-1, String.join(" ", command) + " timed out after " + timeout.toSeconds() + " s\n"
                            + Files.readString(output, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            return new Result(127, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
