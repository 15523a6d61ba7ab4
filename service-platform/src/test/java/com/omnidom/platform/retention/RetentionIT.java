package com.omnidom.platform.retention;

import com.omnidom.testsupport.OmnidomServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@OmnidomServiceTest
@TestPropertySource(properties = {"omnidom.retention.batch-size=100", "omnidom.retention.processed-event=40d",
        "omnidom.outbox.relay-enabled=false",
        "omnidom.retention.rules.probe.table=retention_probe", "omnidom.retention.rules.probe.column=at",
        "omnidom.retention.rules.probe.keep=1d", "omnidom.retention.rules.probe.where=state = 'DONE'"})
class RetentionIT {

    @Autowired RetentionJob job;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired MeterRegistry meters;

    @BeforeEach
    void oldAndYoungRows() {
        jdbc.update("DELETE FROM processed_event");
        jdbc.update("DELETE FROM outbox");
        jdbc.update("DELETE FROM audit_record");
        jdbc.update("DELETE FROM retention_probe");
        jdbc.update("DELETE FROM dead_letter");
        // 250 old inbox rows: three batches of 100 (one batch alone would leave 150); 5 younger than the 40 days kept
        jdbc.update("""
                INSERT INTO processed_event (consumer, event_id, processed_at)
                SELECT 'c', gen_random_uuid(), now() - interval '41 days' FROM generate_series(1, 250)""");
        jdbc.update("""
                INSERT INTO processed_event (consumer, event_id, processed_at)
                SELECT 'c', gen_random_uuid(), now() - interval '39 days' FROM generate_series(1, 5)""");
        // outbox: sent 8 days ago (goes), sent 6 days ago (stays), unsent and old (never goes)
        jdbc.update("""
                INSERT INTO outbox (id, aggregatetype, aggregateid, type, payload, source, occurred_at, created_at, sent_at)
                SELECT gen_random_uuid(), 't', 'k', 'x', '{}', 's', now(), now() - interval '9 days', sent
                FROM unnest(ARRAY[now() - interval '8 days', now() - interval '6 days', NULL]::timestamptz[]) sent""");
        jdbc.update("""
                INSERT INTO audit_record (at, subject, client, method, path, status)
                VALUES (now() - interval '401 days', 's', 'c', 'POST', '/x', 200), (now() - interval '399 days', 's', 'c', 'POST', '/x', 200)""");
        // dead letters: resolved 31 days ago (goes), resolved 29 days ago (stays), open for 60 days (never goes)
        jdbc.update("""
                INSERT INTO dead_letter (consumer, topic, kafka_partition, kafka_offset, headers, exception_class,
                                         dead_lettered_at, status, resolved_at)
                VALUES ('c', 't', 0, 1, '{}', 'X', now() - interval '60 days', 'DISCARDED', now() - interval '31 days'),
                       ('c', 't', 0, 2, '{}', 'X', now() - interval '60 days', 'REDRIVEN', now() - interval '29 days'),
                       ('c', 't', 0, 3, '{}', 'X', now() - interval '60 days', 'OPEN', NULL)""");
        // a service's own rule with an extra condition: only old DONE rows go
        jdbc.update("""
                INSERT INTO retention_probe (state, at) VALUES
                ('OPEN', now() - interval '2 days'), ('DONE', now() - interval '2 days'), ('DONE', now())""");
    }

    @Test
    void deletesOldRowsInBatchesAndKeepsYoungOnes() {
        double before = deleted("processed_event");

        Map<String, Long> deleted = job.purge();

        assertThat(deleted).containsEntry("processed_event", 250L).containsEntry("outbox", 1L)
                .containsEntry("audit_record", 1L).containsEntry("retention_probe", 1L).containsEntry("dead_letter", 1L);
        assertThat(count("processed_event")).isEqualTo(5);
        assertThat(jdbc.queryForList("SELECT sent_at IS NULL FROM outbox ORDER BY sent_at NULLS LAST", Boolean.class))
                .containsExactly(false, true);
        assertThat(count("audit_record")).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT kafka_offset FROM dead_letter ORDER BY kafka_offset", Long.class))
                .containsExactly(2L, 3L);
        assertThat(jdbc.queryForList("SELECT state || (at < now() - interval '1 day') FROM retention_probe ORDER BY id",
                String.class)).containsExactly("OPENtrue", "DONEfalse");
        assertThat(deleted("processed_event") - before).isEqualTo(250);
        assertThat(job.purge()).containsEntry("processed_event", 0L);
    }

    @Test
    void onlyTheInstanceHoldingTheLockDeletes() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.createStatement().execute("SELECT pg_advisory_lock(" + RetentionJob.LEADER_LOCK + ")");
            assertThat(job.purge()).isEmpty();
            assertThat(count("processed_event")).isEqualTo(255);
            other.createStatement().execute("SELECT pg_advisory_unlock(" + RetentionJob.LEADER_LOCK + ")");
        }
        assertThat(job.purge()).containsEntry("processed_event", 250L);
    }

    @Test
    void aRuleThatCannotRunFailsTheStart() {
        var typo = new RetentionProperties(true, Duration.ofMinutes(10), 100, Duration.ofDays(30), Duration.ofDays(7),
                Map.of("probe", new RetentionProperties.Rule("retention_probe", "at", Duration.ofDays(1), "stat = 'DONE'")));

        assertThatThrownBy(() -> new RetentionJob(dataSource, typo, meters).checkRules())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("probe").hasMessageContaining("stat");
        assertThat(count("retention_probe")).isEqualTo(3);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }

    private double deleted(String table) {
        var counter = meters.find("omnidom.retention.deleted").tag("table", table).counter();
        return counter == null ? 0 : counter.count();
    }
}
