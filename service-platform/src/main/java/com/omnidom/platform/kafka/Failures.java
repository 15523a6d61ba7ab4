package com.omnidom.platform.kafka;

import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.events.PrerequisiteMissing;
import org.springframework.core.convert.ConversionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * What a consumer's failure means, read along the whole cause chain: the infrastructure is not there right now
 * (waited for without end, never dead-lettered), the event waits for a prerequisite (parked), it can never be
 * applied (dead letter at once), or unknown (retried for a while, then dead-lettered).
 */
public enum Failures {
    INFRASTRUCTURE, PREREQUISITE, PERMANENT, UNKNOWN;

    /** Classes named, not linked: the platform does not depend on every client that may throw them. */
    private static final Set<String> INFRASTRUCTURE_CLASSES = Set.of(
            "org.springframework.web.client.ResourceAccessException",
            "io.github.resilience4j.circuitbreaker.CallNotPermittedException");

    /**
     * SQLStates of an unavailable or busy database: connection exceptions (class 08), admin/crash shutdown and
     * "cannot connect now" (57P01-57P03), statement timeout (57014), lock not available (55P03), serialization
     * failure (40001) and deadlock (40P01).
     */
    private static final Set<String> INFRASTRUCTURE_STATES = Set.of("57P01", "57P02", "57P03", "57014", "55P03",
            "40001", "40P01");

    public static Failures of(Throwable exception) {
        // the handler's own verdict wins over what it wrapped
        for (Throwable t = exception; t != null; t = next(t)) {
            if (t instanceof PrerequisiteMissing) return PREREQUISITE;
            if (t instanceof PermanentEventFailure || t instanceof IllegalArgumentException
                    || t instanceof MessageConversionException || t instanceof ConversionException) return PERMANENT;
        }
        return infrastructure(exception) ? INFRASTRUCTURE : UNKNOWN;
    }

    /** True when any exception in the chain says that a database, broker or remote service is unavailable now. */
    public static boolean infrastructure(Throwable exception) {
        for (Throwable t = exception; t != null; t = next(t)) {
            if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof org.apache.kafka.common.errors.RetriableException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof HttpTimeoutException
                    || INFRASTRUCTURE_CLASSES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || INFRASTRUCTURE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }
}
