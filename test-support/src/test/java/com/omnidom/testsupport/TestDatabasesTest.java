package com.omnidom.testsupport;

import org.junit.jupiter.api.Test;

import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabasesTest {

    @Test
    void fallsBackToAnEmbeddedPostgresWhenNoServerAnswers() throws Exception {
        TestDatabases.Server server = TestDatabases.locate("jdbc:postgresql://127.0.0.1:1/postgres", "postgres", "");

        assertThat(server.embedded()).isTrue();
        try (var connection = DriverManager.getConnection(server.baseUrl(), server.username(), server.password());
             var rs = connection.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("15.");
        }
    }

    @Test
    void createsADatabaseOfItsOwnAndDropsIt() throws Exception {
        TestDatabases.TestDatabase db = TestDatabases.create("TestDatabasesTest");
        try (var connection = DriverManager.getConnection(db.url(), db.username(), db.password());
             var rs = connection.createStatement().executeQuery("SELECT current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(db.name());
        }
        db.drop();
        String postgres = db.url().replace("/" + db.name(), "/postgres");
        try (var connection = DriverManager.getConnection(postgres, db.username(), db.password());
             var rs = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM pg_database WHERE datname = '" + db.name() + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
