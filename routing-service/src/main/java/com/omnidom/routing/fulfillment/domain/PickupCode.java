package com.omnidom.routing.fulfillment.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/** The 6 digits a customer shows at the counter to collect a PICKUP fulfilment order. */
public final class PickupCode {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PickupCode() {
    }

    /** A fresh code, unpredictable (SecureRandom): one in a million to guess, and the store allows only a few tries. */
    public static String draw() {
        return "%06d".formatted(RANDOM.nextInt(1_000_000));
    }

    static boolean isWellFormed(String code) {
        return code != null && DIGITS.matcher(code).matches();
    }

    /** Compared in constant time: how long the answer takes tells nothing about how many digits were right. */
    static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
