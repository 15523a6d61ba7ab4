package com.omnidom.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service started from its packaged jar as its own JVM, as in production, with its log in a file. */
final class ServiceProcess {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final String healthPath;
    private List<String> command;
    private volatile Process process;
    /** Stopped or killed on purpose: not up to a supervisor to start it again. */
    private volatile boolean meantDown;
    /** Answered healthy since its last (re)start: another thread may have stopped it on purpose after that. */
    private volatile boolean wasHealthy;

    ServiceProcess(String name, int port, Path logDir, String healthPath) {
        this.name = name;
        this.port = port;
        this.log = logDir.resolve(name + ".log");
        this.healthPath = healthPath;
    }

    /** A Spring Boot service: port and properties as command-line arguments, health from the actuator. */
    static ServiceProcess springBoot(String name, int port, Path logDir) {
        return new ServiceProcess(name, port, logDir, "/actuator/health");
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void startSpringBoot(Path jar, Map<String, String> properties) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port));
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        start(jar, arguments);
    }

    void start(Path jar, List<String> arguments) throws IOException {
        if (!Files.exists(jar)) throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify builds them before this module)");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xss512k", "-Xmx384m", "-jar", jar.toString()));
        command.addAll(arguments);
        launch(command);
    }

    /** A main class of {@code classpath} with these JVM options, e.g. devstack's Kafka broker or PostgreSQL. */
    void startMain(String classpath, String mainClass, List<String> jvmOptions, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(arguments);
        launch(command);
    }

    private void launch(List<String> command) throws IOException {
        this.command = List.copyOf(command);
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        restart();
    }

    /** Starts the same command again (after {@link #kill} or {@link #stop}); the log goes on in the same file. */
    void restart() throws IOException {
        meantDown = false;
        wasHealthy = false;
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** kill -9: no shutdown hook, no goodbye to the broker or the database. */
    void kill() throws InterruptedException {
        meantDown = true;
        process.destroyForcibly().waitFor();
    }

    /** SIGSTOP: the process freezes (a zombie to its consumer group) until {@link #resume}. */
    void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) throw new IllegalStateException("kill -" + name + " " + process.pid() + " exited with " + exit);
    }

    /** Ended by itself (crashed, or gave up at start), not by {@link #kill} or {@link #stop}. */
    boolean exitedByItself() {
        return process != null && !meantDown && !process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** One probe of the health endpoint: UP now. */
    boolean healthy() {
        if (!alive()) return false;
        try {
            var request = HttpRequest.newBuilder(URI.create(baseUrl() + healthPath)).timeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the service reports UP, or fails with the end of its log. */
    void awaitHealthy(Instant deadline) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + healthPath)).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                // healthy, then stopped on purpose by someone else (a scale-down right after its scale-up): fine
                if (meantDown && wasHealthy) return;
                throw new IllegalStateException(name + " exited:\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    wasHealthy = true;
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not healthy in time:\n" + tail());
    }

    void stop() throws InterruptedException {
        if (process == null) return;
        meantDown = true;
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }

    long rssKib() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
