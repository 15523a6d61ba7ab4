package com.omnidom.notification.message.application;

import com.omnidom.notification.contact.domain.ContactLine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** No location can take these lines now, routing waits (for stock); told once per order and reason. */
public record Delay(UUID orderId, List<ContactLine> lines, String reason) {

    private static final int MAX_REFERENCE = 100;

    /** The reason as the message's natural key; a long one by its SHA-256, so it fits the column. */
    public String reference() {
        String key = "reason:" + (reason == null || reason.isBlank() ? "-" : reason.strip());
        if (key.length() <= MAX_REFERENCE) return key;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "reason-sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
