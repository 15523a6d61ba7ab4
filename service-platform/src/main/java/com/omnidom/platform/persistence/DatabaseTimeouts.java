package com.omnidom.platform.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * PostgreSQL's own limits on every connection of a service's pool, so a stuck statement, a lock wait or a transaction
 * left open fails instead of holding a connection (and the rows it locked) for ever. Given to the server as the
 * connection's startup {@code options}, they are the session's defaults: {@code RESET} returns to them.
 *
 * @param statementTimeout         longest statement ({@code statement_timeout})
 * @param lockTimeout              longest wait for a lock ({@code lock_timeout}); the failure is Spring's
 *                                 {@code CannotAcquireLockException}, a transient one
 * @param idleInTransactionTimeout longest pause inside an open transaction ({@code idle_in_transaction_session_timeout})
 */
@ConfigurationProperties("omnidom.database")
public record DatabaseTimeouts(
        @DefaultValue("30s") Duration statementTimeout,
        @DefaultValue("5s") Duration lockTimeout,
        @DefaultValue("60s") Duration idleInTransactionTimeout) {

    /** The value of pgjdbc's {@code options} connection property. */
    public String connectionOptions() {
        return "-c statement_timeout=" + statementTimeout.toMillis()
                + " -c lock_timeout=" + lockTimeout.toMillis()
                + " -c idle_in_transaction_session_timeout=" + idleInTransactionTimeout.toMillis();
    }

    /**
     * The data source for schema migrations: no statement timeout (an index on a big table may take minutes), but the
     * lock timeout stays, so a migration waiting for a lock fails instead of queueing all traffic behind it. Each
     * connection returns to the pool with the session's default timeout again.
     */
    public static DataSource forMigrations(DataSource dataSource) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                return withoutStatementTimeout(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return withoutStatementTimeout(super.getConnection(username, password));
            }
        };
    }

    private static Connection withoutStatementTimeout(Connection connection) throws SQLException {
        execute(connection, "SET statement_timeout = 0");
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && !connection.isClosed()) {
                        try {
                            execute(connection, "RESET statement_timeout");
                        } catch (SQLException broken) {
                            // a broken connection is evicted by the pool anyway
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
