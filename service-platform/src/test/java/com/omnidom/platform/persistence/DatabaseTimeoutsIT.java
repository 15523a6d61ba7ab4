package com.omnidom.platform.persistence;

import com.omnidom.testsupport.OmnidomServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@OmnidomServiceTest
@TestPropertySource(properties = "omnidom.database.lock-timeout=1s")
class DatabaseTimeoutsIT {

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;

    @Test
    void everyPooledConnectionHasTheTimeouts() {
        assertThat(jdbc.queryForObject("SHOW statement_timeout", String.class)).isEqualTo("30s");
        assertThat(jdbc.queryForObject("SHOW lock_timeout", String.class)).isEqualTo("1s");
        assertThat(jdbc.queryForObject("SHOW idle_in_transaction_session_timeout", String.class)).isEqualTo("1min");
    }

    @Test
    void aStatementBlockedByALockFailsAsATransientLockingFailure() throws Exception {
        jdbc.update("CREATE TABLE IF NOT EXISTS lock_probe (id INT PRIMARY KEY, v INT)");
        jdbc.update("INSERT INTO lock_probe VALUES (1, 0) ON CONFLICT DO NOTHING");
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("SELECT * FROM lock_probe WHERE id = 1 FOR UPDATE");
            assertThatThrownBy(() -> transactions.executeWithoutResult(
                    tx -> jdbc.update("UPDATE lock_probe SET v = v + 1 WHERE id = 1")))
                    .isInstanceOf(CannotAcquireLockException.class)
                    .isInstanceOf(PessimisticLockingFailureException.class);
            holder.rollback();
        }
        assertThat(jdbc.update("UPDATE lock_probe SET v = v + 1 WHERE id = 1")).isEqualTo(1);
    }

    @Test
    void migrationsRunWithoutTheStatementTimeoutAndGiveTheConnectionBackWithIt() throws Exception {
        try (Connection migration = DatabaseTimeouts.forMigrations(dataSource).getConnection()) {
            assertThat(show(migration, "statement_timeout")).isEqualTo("0");
            assertThat(show(migration, "lock_timeout")).isEqualTo("1s");
        }
        // the pool hands out its connections again, each with the session's timeout restored
        for (int i = 0; i < 12; i++) {
            try (Connection pooled = dataSource.getConnection()) {
                assertThat(show(pooled, "statement_timeout")).isEqualTo("30s");
            }
        }
    }

    private static String show(Connection connection, String setting) throws Exception {
        try (var rs = connection.createStatement().executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
