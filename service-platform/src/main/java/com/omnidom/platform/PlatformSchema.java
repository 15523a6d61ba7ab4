package com.omnidom.platform;

import com.omnidom.platform.persistence.DatabaseTimeouts;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Creates and evolves the platform's own tables (outbox, processed_event) with a Flyway history of their
 * own, so the platform's migrations never interleave with a service's version numbers.
 */
public final class PlatformSchema {

    private PlatformSchema() {
    }

    public static PlatformSchema migrate(DataSource dataSource) {
        return migrate(dataSource, 0, Duration.ofSeconds(120));
    }

    /**
     * @param connectRetries  how often to try again while the database does not answer (a service started during a
     *                        database restart waits for it instead of exiting), with waits doubling up to
     * @param retriesInterval the longest wait between two tries
     */
    public static PlatformSchema migrate(DataSource dataSource, int connectRetries, Duration retriesInterval) {
        Flyway.configure()
                .connectRetries(connectRetries)
                .connectRetriesInterval((int) retriesInterval.toSeconds())
                .dataSource(DatabaseTimeouts.forMigrations(dataSource))
                .table("platform_schema_history")
                .locations("classpath:db/platform")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return new PlatformSchema();
    }

    /** The tables as they are, migrated by someone else (or not needed: no database is touched). */
    public static PlatformSchema unmanaged() {
        return new PlatformSchema();
    }
}
