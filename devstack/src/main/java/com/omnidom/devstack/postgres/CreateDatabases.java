package com.omnidom.devstack.postgres;

import com.omnidom.devstack.Options;
import com.omnidom.devstack.Options.UsageException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates the per-service databases that do not exist yet on a PostgreSQL server (one database per service).
 * Waits for the server first, so the local stack also uses it as its "PostgreSQL is ready" check.
 */
public final class CreateDatabases {

    private static final String USAGE = """
            usage: java -cp ... com.omnidom.devstack.postgres.CreateDatabases --url <jdbc-url> [--wait <s>] <database>...
              --url <jdbc-url>  a database on the server to connect to, e.g.
                                jdbc:postgresql://127.0.0.1:5433/postgres?user=postgres
              --wait <s>        seconds to wait for the server to accept connections, default 60
            User and password come from the URL, else from PGUSER / PGPASSWORD.
            Example: CreateDatabases --url jdbc:postgresql://127.0.0.1:5433/postgres?user=postgres omnidom_catalog""";

    // Unquoted-identifier rules keep CREATE DATABASE free of injection and of quoting surprises.
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private CreateDatabases() {
    }

    public static void main(String[] args) {
        try {
            Options options = Options.parse(args, Set.of("url", "wait"), USAGE);
            String url = options.text("url", null);
            if (url == null || !url.startsWith("jdbc:postgresql:")) {
                throw new UsageException("--url jdbc:postgresql://... is required", USAGE);
            }
            if (options.positional().isEmpty()) {
                throw new UsageException("name at least one database", USAGE);
            }
            for (String name : options.positional()) {
                if (!DATABASE_NAME.matcher(name).matches()) {
                    throw new UsageException("'" + name + "' is not a valid database name (lower case, digits, _)", null);
                }
            }
            System.exit(run(url, options.positional(), Duration.ofSeconds(options.integer("wait", 60))));
        } catch (UsageException e) {
            e.report();
            System.exit(2);
        }
    }

    static int run(String url, List<String> databases, Duration wait) {
        try (Connection connection = connect(url, wait)) {
            for (String name : databases) {
                if (exists(connection, name)) {
                    System.out.println("database " + name + " exists");
                } else {
                    try (var statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE " + name);
                    }
                    System.out.println("database " + name + " created");
                }
            }
            return 0;
        } catch (SQLException e) {
            System.err.println("Cannot create databases on " + redact(url) + ": " + e.getMessage());
            return 1;
        }
    }

    private static Connection connect(String url, Duration wait) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        DriverManager.setLoginTimeout(5);
        while (true) {
            try {
                return DriverManager.getConnection(url, credentialsFromEnvironment());
            } catch (SQLException e) {
                // Retry only while the server is unreachable or starting up; bad credentials fail at once.
                boolean transientFailure = e.getSQLState() != null
                        && (e.getSQLState().startsWith("08") || e.getSQLState().equals("57P03"));
                if (!transientFailure || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for " + redact(url), "08001");
            }
        }
    }

    /** PGUSER and PGPASSWORD (libpq's names) as defaults, so that a password need not appear in a command line. */
    private static Properties credentialsFromEnvironment() {
        var properties = new Properties();
        String user = System.getenv("PGUSER");
        String password = System.getenv("PGPASSWORD");
        if (user != null && !user.isBlank()) {
            properties.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (var query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (var rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
