package com.omnidom.inventory.stock.domain;

import java.util.regex.Pattern;

/** Ids of articles (SKUs) and locations as the catalog defines them: safe in URLs, Kafka keys and the {@code sku@location} key. */
final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Ids() {
    }

    static String checked(String value, String field) {
        if (value == null) throw new InvalidStock(field, "is required");
        if (!ID.matcher(value).matches()) throw new InvalidStock(field, "must be 1 to 64 letters, digits, '.', '_' or '-'");
        return value;
    }
}
