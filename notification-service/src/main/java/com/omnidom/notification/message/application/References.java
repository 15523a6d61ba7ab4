package com.omnidom.notification.message.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A message's natural key from free text: as it is when it fits the column, else by its SHA-256. */
final class References {

    private static final int MAX_REFERENCE = 100;

    private References() {
    }

    /** {@code <kind>:<key>}, or {@code <kind>-sha256:<hex of that>} when longer than the column. */
    static String of(String kind, String key) {
        String reference = kind + ":" + key;
        if (reference.length() <= MAX_REFERENCE) return reference;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(reference.getBytes(StandardCharsets.UTF_8));
            return kind + "-sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
