package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.OrderId;
import com.omnidom.platform.web.InvalidRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency-Key, decided by the database: the key row is inserted in the transaction that creates the order. A
 * concurrent request with the same key blocks on the primary key until that transaction ends; once it committed, the
 * insert does nothing and the stored answer is read (a rollback lets the waiting request go ahead as the first).
 */
@Component
public class IdempotentRequests {

    /** Its own mapper: neither a REST setting nor a new version of the web mapper may change a stored answer or a fingerprint. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcTemplate jdbc;

    public IdempotentRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** SHA-256 of the request as bound (unknown and server-owned fields dropped, properties sorted), in hex. */
    public String fingerprint(OrderRequest request) {
        OrderRequest canonical = new OrderRequest(request.channel(), request.orderNumber(), request.customer(),
                request.currency(), request.lines(), request.delivery(), request.tenders(),
                Boolean.TRUE.equals(request.priority()), request.billingAddress(), request.clientIp(),
                request.promotionCodes(), request.discounts(), request.charges());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(canonical));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Claims the key for this request, or returns the answer given to the earlier request with it (waiting for that
     * request's transaction if it is still running).
     *
     * @throws InvalidRequest when the key was used with a different body
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OrderView> claim(String key, String fingerprint) {
        int inserted = jdbc.update("""
                INSERT INTO idempotent_request (idempotency_key, request_hash) VALUES (?, ?)
                ON CONFLICT (idempotency_key) DO NOTHING""", key, fingerprint);
        if (inserted == 1) return Optional.empty();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT request_hash, response::text AS response FROM idempotent_request WHERE idempotency_key = ?", key);
        if (rows.isEmpty() || rows.getFirst().get("response") == null) {
            // only possible if the row vanished or was committed without its answer; never by this class
            throw new IllegalStateException("idempotency key " + key + " has no stored answer");
        }
        if (!fingerprint.equals(rows.getFirst().get("request_hash"))) {
            throw new InvalidRequest("Idempotency-Key", "was used before with a different request body");
        }
        return Optional.of(JSON.readValue((String) rows.getFirst().get("response"), OrderView.class));
    }

    /** Forgets keys older than {@code before}: a retry after that is a new request (and the order number decides). */
    public int purge(java.time.Instant before) {
        return jdbc.update("DELETE FROM idempotent_request WHERE created_at < ?", java.sql.Timestamp.from(before));
    }

    /** Stores the answer with the claimed key, in the same transaction as the order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(String key, OrderId orderId, OrderView answer) {
        jdbc.update("UPDATE idempotent_request SET order_id = ?, response = ?::jsonb WHERE idempotency_key = ?",
                orderId.value(), new String(JSON.writeValueAsBytes(answer), StandardCharsets.UTF_8), key);
    }
}
