package com.omnidom.order.risk.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What the risk check sees of an order (built by the order feature).
 *
 * @param addressText     delivery address as one line (null for pickup), normalised here into the address key
 * @param fingerprints    payment token / card fingerprints of the tenders
 * @param billingCountry  ISO country of the billing address, null if none was sent
 * @param deliveryCountry ISO country of the delivery address, null for pickup
 */
public record RiskSubject(UUID orderId, String orderNumber, String channel, String customerId, String email,
                          String phone, String addressText, List<String> fingerprints, String ip, String currency,
                          BigDecimal total, List<Line> lines, String billingCountry, String deliveryCountry,
                          boolean express) {

    public RiskSubject {
        fingerprints = fingerprints == null ? List.of() : fingerprints.stream().filter(f -> f != null && !f.isBlank()).toList();
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(String sku, int quantity, BigDecimal unitPrice) {
        BigDecimal value() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    /**
     * The customer as the risk history knows it: a customer id is the channel's own, so another channel's customer of
     * the same id is someone else (never "known", never counted together).
     */
    public String customerKey() {
        return channel + ":" + customerId;
    }

    public String addressKey() {
        return EntryKind.ADDRESS.normalise(addressText);
    }

    /** Every value of this order a list entry could name, normalised. */
    public List<ListMatch> listValues() {
        var values = new java.util.ArrayList<ListMatch>();
        add(values, EntryKind.EMAIL, email);
        add(values, EntryKind.PHONE, phone);
        add(values, EntryKind.ADDRESS, addressText);
        add(values, EntryKind.CUSTOMER_ID, customerId);
        fingerprints.forEach(f -> add(values, EntryKind.PAYMENT_FINGERPRINT, f));
        add(values, EntryKind.IP, ip);
        return values;
    }

    private static void add(List<ListMatch> values, EntryKind kind, String raw) {
        String v = kind.normalise(raw);
        if (v != null) values.add(new ListMatch(null, kind, v));
    }
}
