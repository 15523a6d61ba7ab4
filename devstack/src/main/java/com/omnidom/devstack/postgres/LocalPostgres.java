package com.omnidom.devstack.postgres;

import com.omnidom.devstack.Options;
import com.omnidom.devstack.Options.UsageException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL 15 (zonky's binaries from a Maven jar) whose data directory is kept between runs.
 * PostgreSQL itself runs as a separate process; this JVM owns its lifetime and stops it on SIGTERM.
 */
public final class LocalPostgres {

    private static final String USAGE = """
            usage: java -cp ... com.omnidom.devstack.postgres.LocalPostgres [options]
              --port <n>              port on localhost, default 5433 (5432 is often taken by a system server)
              --data-dir <dir>        data directory, kept between runs, default .omnidom/data/postgres
              --startup-timeout <s>   seconds to wait for the server, default 120
            Superuser 'postgres', no password (trust on localhost). Runs until SIGTERM (or Ctrl-C).""";

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args, Set.of("port", "data-dir", "startup-timeout"), USAGE);
        } catch (UsageException e) {
            e.report();
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        int port = options.integer("port", 5433);
        Path dataDir = options.path("data-dir", ".omnidom/data/postgres");
        Duration startupTimeout = Duration.ofSeconds(options.integer("startup-timeout", 120));

        Optional<ProcessHandle> stale = runningPostmaster(dataDir);
        if (stale.isPresent()) {
            System.err.printf("A PostgreSQL server (pid %d) still runs on %s, probably left by a killed LocalPostgres."
                    + " Stop it first: kill -INT %d (or ./omnidom down)%n", stale.get().pid(), dataDir, stale.get().pid());
            System.exit(1);
        }
        if (!portFree(port)) {
            // Checked up front: zonky's readiness probe would hang on a port held by another kind of server.
            System.err.printf("Port %d is already in use: stop what listens there (ss -ltnp) or pass --port%n", port);
            System.exit(1);
        }
        boolean existing = Files.exists(dataDir.resolve("postgresql.conf"));
        Files.createDirectories(dataDir);

        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(startupTimeout)
                    // Our own hook below, so the log says when PostgreSQL has really stopped.
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL failed to start on port " + port + " with data in " + dataDir + ": " + e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("PostgreSQL stopping");
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
            System.out.println("PostgreSQL stopped");
        }, "postgres-shutdown"));

        System.out.printf("PostgreSQL 15 ready on 127.0.0.1:%d (%s data in %s) in %d ms; JDBC: %s%n",
                port, existing ? "reused existing" : "initialised new", dataDir,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), postgres.getJdbcUrl("postgres", "postgres"));

        // PostgreSQL is not our child process: watch it, so that a crashed server also ends this JVM.
        while (true) {
            TimeUnit.SECONDS.sleep(5);
            if (runningPostmaster(dataDir).isEmpty()) {
                System.err.println("PostgreSQL is no longer running (see the lines above); exiting");
                Runtime.getRuntime().halt(1);
            }
        }
    }

    private static boolean portFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The postmaster recorded in the data directory's postmaster.pid, if that process is still a running postgres. */
    static Optional<ProcessHandle> runningPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        long pid;
        try {
            pid = Long.parseLong(firstLine);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }
}
