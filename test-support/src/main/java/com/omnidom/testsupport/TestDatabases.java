package com.omnidom.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates throw-away databases on this JVM's PostgreSQL container on the container path ({@link TestInfrastructure}),
 * else on the machine's PostgreSQL when one is reachable, else on an embedded PostgreSQL started once per JVM.
 * {@code OMNIDOM_TEST_PG_URL} points the path without containers at another server.
 */
public final class TestDatabases {

    private static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static volatile Server server;

    private TestDatabases() {
    }

    /** A database's JDBC URL and credentials. */
    public record TestDatabase(String name, String url, String username, String password) {
        public void drop() {
            TestDatabases.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            CREATED.remove(name);
        }
    }

    record Server(String baseUrl, String username, String password, boolean embedded) {
        Server(String baseUrl, String username, String password) {
            this(baseUrl, username, password, false);
        }

        String urlOf(String database) {
            int slash = baseUrl.lastIndexOf('/');
            int query = baseUrl.indexOf('?', slash);
            return baseUrl.substring(0, slash + 1) + database + (query < 0 ? "" : baseUrl.substring(query));
        }
    }

    public static TestDatabase create(String hint) {
        String prefix = "test_" + hint.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        String name = prefix.substring(0, Math.min(prefix.length(), 50)) + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE DATABASE " + name);
        CREATED.add(name);
        Server s = server();
        return new TestDatabase(name, s.urlOf(name), s.username(), s.password());
    }

    /** Databases this JVM created and has not dropped: dropped when it exits, whether or not Spring closed its contexts. */
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (String name : CREATED) {
                try {
                    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (RuntimeException ignored) {
                    // best effort while the JVM goes away
                }
            }
        }, "drop-test-databases"));
    }

    private static void execute(String sql) {
        Server s = server();
        try (Connection c = DriverManager.getConnection(s.baseUrl(), s.username(), s.password())) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + s.baseUrl(), e);
        }
    }

    private static Server server() {
        if (server == null) {
            synchronized (TestDatabases.class) {
                if (server == null) server = locate();
            }
        }
        return server;
    }

    private static Server locate() {
        if (TestInfrastructure.containers()) {
            var pg = TestInfrastructure.postgres();
            return new Server(pg.getJdbcUrl(), pg.getUsername(), pg.getPassword());
        }
        return locate(System.getenv().getOrDefault("OMNIDOM_TEST_PG_URL", DEFAULT_SERVER),
                System.getenv().getOrDefault("OMNIDOM_TEST_PG_USER", "postgres"),
                System.getenv().getOrDefault("OMNIDOM_TEST_PG_PASSWORD", ""));
    }

    /** The server at {@code url} when it answers, else a new embedded one. */
    static Server locate(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return new Server(url, user, password);
        } catch (SQLException unreachable) {
            return startEmbedded();
        }
    }

    private static Server startEmbedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the process is going away anyway
                }
            }));
            return new Server(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", true);
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL reachable and the embedded one did not start", e);
        }
    }
}
