package com.omnidom.order.risk.domain;

import java.text.Normalizer;
import java.util.Locale;

/** What a list entry names, and how its values are normalised so that equal things compare equal. */
public enum EntryKind {
    EMAIL, PHONE, ADDRESS, CUSTOMER_ID, PAYMENT_FINGERPRINT, IP;

    /** The value as stored and compared; null for a value that normalises to nothing. */
    public String normalise(String raw) {
        if (raw == null) return null;
        String v = raw.strip();
        String result = switch (this) {
            case EMAIL -> v.toLowerCase(Locale.ROOT);
            case PHONE -> {
                String digits = v.replaceAll("[^0-9+]", "");
                if (digits.startsWith("00")) digits = "+" + digits.substring(2);
                yield digits.isEmpty() ? "" : digits.charAt(0) + digits.substring(1).replace("+", "");
            }
            case ADDRESS -> address(v);
            case CUSTOMER_ID, PAYMENT_FINGERPRINT -> v;
            case IP -> ip(v.toLowerCase(Locale.ROOT));
        };
        return result.isEmpty() ? null : result;
    }

    /**
     * Lower case, accents and punctuation dropped, "straße"/"strasse"/"street" shortened, no spaces:
     * "Hauptstraße 1, 10115 Berlin, DE" and "hauptstr. 1 10115 berlin de" are one address.
     */
    static String address(String v) {
        String s = Normalizer.normalize(v.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        s = s.replaceAll("strasse\\b", "str").replaceAll("street\\b", "st");
        return s.replaceAll("[^a-z0-9]", "");
    }

    private static String ip(String v) {
        if (v.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            String[] parts = v.split("\\.");
            StringBuilder b = new StringBuilder();
            for (String p : parts) b.append(b.isEmpty() ? "" : ".").append(Integer.parseInt(p));
            return b.toString();
        }
        return v;
    }
}
