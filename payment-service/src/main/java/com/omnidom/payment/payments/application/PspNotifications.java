package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.Chargeback;
import com.omnidom.platform.web.InvalidRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The PSP's notifications (webhooks): verified first — {@code Psp-Signature: sha256=<hex>} must be the HMAC-SHA256 of
 * the raw body under the shared secret, compared in constant time — and only then read. {@code dispute.opened} opens
 * a chargeback case, {@code dispute.won} / {@code dispute.lost} resolve it; other types are acknowledged and ignored.
 */
@Service
public class PspNotifications {

    private static final Logger log = LoggerFactory.getLogger(PspNotifications.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The signature is missing or does not verify: nothing was read or changed. */
    public static class BadSignature extends RuntimeException {
        BadSignature(String message) {
            super(message);
        }
    }

    private final PspNotificationProperties settings;
    private final ChargebackCases cases;

    public PspNotifications(PspNotificationProperties settings, ChargebackCases cases) {
        this.settings = settings;
        this.cases = cases;
    }

    /** @return the chargeback the notification opened or resolved; empty for types of no concern here */
    public Optional<Chargeback> receive(byte[] body, String signature) {
        if (!valid(body, signature, settings.secret())) {
            throw new BadSignature("Psp-Signature does not verify");
        }
        JsonNode notification;
        try {
            notification = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidRequest("body", "is not JSON");
        }
        String type = notification.path("type").asString("");
        JsonNode dispute = notification.path("dispute");
        return switch (type) {
            case "dispute.opened" -> Optional.of(cases.opened(text(dispute, "id"), text(dispute, "capture"),
                    amount(dispute), text(dispute, "currency"), dispute.path("reason").asString(null)));
            case "dispute.won" -> Optional.of(cases.resolved(text(dispute, "id"), true));
            case "dispute.lost" -> Optional.of(cases.resolved(text(dispute, "id"), false));
            default -> {
                log.info("PSP notification {} of type '{}' ignored", notification.path("id").asString(""), type);
                yield Optional.empty();
            }
        };
    }

    /** {@code sha256=<hex>} of HMAC-SHA256 over the raw body; compared in constant time. */
    static boolean valid(byte[] body, String signature, String secret) {
        if (signature == null || secret == null || secret.isEmpty()) return false;
        byte[] expected = sign(body, secret).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
    }

    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    private static String text(JsonNode node, String field) {
        String value = node.path(field).asString(null);
        if (value == null || value.isBlank()) throw new InvalidRequest("dispute." + field, "is required");
        return value;
    }

    private static BigDecimal amount(JsonNode node) {
        try {
            return new BigDecimal(text(node, "amount"));
        } catch (NumberFormatException e) {
            throw new InvalidRequest("dispute.amount", "is not a decimal");
        }
    }
}
