package com.omnidom.payment.payments.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Finishes PSP intents nobody finished: the process died after recording one, the PSP timed out, lost its answer, was
 * down or its circuit open. Every {@code recovery-interval} it takes the due pending intents (older than the grace
 * period, or their back-off passed) and pushes each one's next try out by its back-off in the same statement,
 * {@code FOR UPDATE SKIP LOCKED}: two instances never take the same intent in one round. Then it calls the PSP again
 * with the same keys, outside any transaction ({@link FinishPspIntent}); the PSP answers with its first result.
 * Publishes {@code omnidom.payment.intents.pending} and {@code omnidom.payment.intents.oldest.age} (seconds), read from
 * the table at scrape time so every instance reports the truth.
 */
@Component
public class RecoverPspIntents extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(RecoverPspIntents.class);

    private final JdbcTemplate jdbc;
    private final FinishPspIntent finish;
    private final PspIntentProperties settings;
    public RecoverPspIntents(JdbcTemplate jdbc, FinishPspIntent finish, PspIntentProperties settings, MeterRegistry meters) {
        super("psp-intent-recovery");
        this.jdbc = jdbc;
        this.finish = finish;
        this.settings = settings;
        Gauge.builder("omnidom.payment.intents.pending", () -> query("SELECT count(*) FROM psp_intent WHERE state = 'PENDING'"))
                .description("Captures, releases and refunds booked here and not yet done at the PSP").register(meters);
        Gauge.builder("omnidom.payment.intents.oldest.age", () -> query("""
                        SELECT coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0)
                        FROM psp_intent WHERE state = 'PENDING'"""))
                .description("Age of the oldest pending PSP intent").baseUnit("seconds").register(meters);
    }

    /** One round: takes the due intents and finishes each (those the PSP still fails stay pending, backed off). */
    public int recover() {
        List<UUID> due = jdbc.queryForList("""
                UPDATE psp_intent SET next_attempt_at = clock_timestamp()
                       + make_interval(secs => least(?, ? * power(2, least(attempts, 20))))
                WHERE intent_id IN (SELECT intent_id FROM psp_intent
                                    WHERE state = 'PENDING' AND next_attempt_at <= clock_timestamp()
                                    ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING intent_id""", UUID.class, seconds(settings.maxBackoff()), seconds(settings.grace()),
                settings.batchSize());
        for (UUID intentId : due) {
            try {
                finish.finish(intentId);
            } catch (PaymentGateway.Refused refused) {
                // recorded as FAILED with the booking taken back; nothing to retry
            } catch (RuntimeException e) {
                log.warn("PSP intent {} not finished this round: {}", intentId, e.toString());
            }
        }
        return due.size();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private double query(String sql) {
        try {
            Number n = jdbc.queryForObject(sql, Number.class);
            return n == null ? 0 : n.doubleValue();
        } catch (DataAccessException unavailable) {
            return Double.NaN;
        }
    }

    @Override
    protected Duration interval() {
        return settings.recoveryInterval();
    }

    @Override
    protected void round() {
        recover();
    }
}
