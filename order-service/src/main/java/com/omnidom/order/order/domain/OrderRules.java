package com.omnidom.order.order.domain;

import com.omnidom.kernel.Money;
import com.omnidom.kernel.RuleViolation.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The intake rules of an order; every violation is collected, so one answer names all fields at fault. */
final class OrderRules {

    static final int MIN_QUANTITY = 1;
    static final int MAX_QUANTITY = 999;

    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern IP = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3})|([0-9A-Fa-f.]*:[0-9A-Fa-f:.]*)");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private OrderRules() {
    }

    static List<Violation> check(OrderDraft draft) {
        return check(draft, true);
    }

    /**
     * @param tendersMustAddUp false when the channel's payment is taken as it says and a difference is held for review
     *                         instead ({@link #tenderMismatch})
     */
    static List<Violation> check(OrderDraft draft, boolean tendersMustAddUp) {
        List<Violation> found = new ArrayList<>();
        texts(draft, found);
        Currency currency = Currencies.of(draft.currency());
        if (currency == null) found.add(new Violation("currency", "must be an ISO 4217 currency code, e.g. EUR"));

        if (draft.lines().isEmpty()) found.add(new Violation("lines", "must contain at least one line"));
        for (int i = 0; i < draft.lines().size(); i++) {
            OrderDraft.Line line = draft.lines().get(i);
            String at = "lines[" + i + "].";
            if (line.sku() == null || !SKU.matcher(line.sku()).matches()) {
                found.add(new Violation(at + "sku", "must be 1 to 64 letters, digits, '.', '_' or '-'"));
            }
            if (line.quantity() < MIN_QUANTITY || line.quantity() > MAX_QUANTITY) {
                found.add(new Violation(at + "quantity", "must be between " + MIN_QUANTITY + " and " + MAX_QUANTITY));
            }
            money(line.unitPrice(), currency, at + "unitPrice", false, found);
            if (line.taxRate() == null) {
                found.add(new Violation(at + "taxRate", "is required"));
            } else if (line.taxRate().signum() < 0 || line.taxRate().compareTo(BigDecimal.ONE) > 0) {
                found.add(new Violation(at + "taxRate", "must be between 0 and 1 (0.19 for 19 %)"));
            }
        }

        charges(draft, currency, found);
        delivery(draft.delivery(), found);
        if (draft.billingAddress() != null) {
            String country = draft.billingAddress().country();
            if (country == null || !COUNTRIES.contains(country)) {
                found.add(new Violation("billingAddress.country", "must be an ISO 3166-1 alpha-2 country code, e.g. DE"));
            }
        }
        if (draft.clientIp() != null && !IP.matcher(draft.clientIp()).matches()) {
            found.add(new Violation("clientIp", "must be an IPv4 or IPv6 address"));
        }

        for (int i = 0; i < draft.tenders().size(); i++) {
            OrderDraft.Payment tender = draft.tenders().get(i);
            if (tender.type() == null) found.add(new Violation("tenders[" + i + "].type", "is required"));
            // cash is taken at a till: only store orders can have it
            if (tender.type() == TenderType.CASH && draft.channel() != Channel.STORE_POS) {
                found.add(new Violation("tenders[" + i + "].type", "CASH is only possible for STORE_POS orders (paid at the till)"));
            }
            // on account nothing is authorised: there is no PSP reference to keep
            if (tender.type() == TenderType.ON_ACCOUNT && tender.reference() != null && !tender.reference().isBlank()) {
                found.add(new Violation("tenders[" + i + "].reference", "must be empty for ON_ACCOUNT (the invoice is paid later)"));
            }
            money(tender.amount(), currency, "tenders[" + i + "].amount", true, found);
        }
        // the sum only means something once every amount is valid (and so fits the currency)
        if (found.isEmpty() && tendersMustAddUp) {
            String mismatch = tenderMismatch(draft);
            if (mismatch != null) found.add(new Violation("tenders", mismatch));
        }
        return found;
    }

    /** Why the tenders do not pay the order (lines + charges), or null when they do; for a draft whose amounts passed the rules. */
    static String tenderMismatch(OrderDraft draft) {
        Currency currency = Currencies.of(draft.currency());
        Money total = total(draft, currency);
        Money paid = draft.tenders().stream().map(t -> Money.of(t.amount(), currency)).reduce(Money.zero(currency), Money::plus);
        if (paid.compareTo(total) == 0) return null;
        return "must add up to the order total " + total + " (lines " + lines(draft, currency) + " + charges "
                + charges(draft, currency) + "; they add up to " + paid.amount().toPlainString() + ")";
    }

    private static void charges(OrderDraft draft, Currency currency, List<Violation> found) {
        for (int i = 0; i < draft.charges().size(); i++) {
            OrderDraft.ChargeDraft charge = draft.charges().get(i);
            String at = "charges[" + i + "].";
            if (charge.type() == null) found.add(new Violation(at + "type", "is required"));
            if (blank(charge.name())) {
                found.add(new Violation(at + "name", "is required"));
            } else {
                text(at + "name", charge.name(), found);
            }
            money(charge.amount(), currency, at + "amount", false, found);
            if (charge.taxRate() == null && charge.taxCategory() == null) {
                found.add(new Violation(at + "taxRate", "is required unless a taxCategory is given"));
            } else if (charge.taxRate() != null
                    && (charge.taxRate().signum() < 0 || charge.taxRate().compareTo(BigDecimal.ONE) > 0)) {
                found.add(new Violation(at + "taxRate", "must be between 0 and 1 (0.19 for 19 %)"));
            }
            for (int j = 0; j < charge.discounts().size(); j++) {
                LineDiscount d = charge.discounts().get(j);
                String dat = at + "discounts[" + j + "].";
                if (blank(d.code())) found.add(new Violation(dat + "code", "is required"));
                money(d.amount(), currency, dat + "amount", true, found);
            }
        }
    }

    private static void texts(OrderDraft d, List<Violation> found) {
        text("orderNumber", d.orderNumber(), found);
        if (d.customer() != null) {
            Customer c = d.customer();
            text("customer.customerId", c.customerId(), found);
            text("customer.name", c.name(), found);
            text("customer.email", c.email(), found);
            text("customer.phone", c.phone(), found);
            text("customer.language", c.language(), found);
            text("customer.loyaltyId", c.loyaltyId(), found);
        }
        if (d.delivery() != null) {
            address("delivery.address", d.delivery().address(), found);
            text("delivery.pickupLocationId", d.delivery().pickupLocationId(), found);
        }
        address("billingAddress", d.billingAddress(), found);
        for (int i = 0; i < d.tenders().size(); i++) {
            text("tenders[" + i + "].reference", d.tenders().get(i).reference(), found);
            text("tenders[" + i + "].fingerprint", d.tenders().get(i).fingerprint(), found);
        }
    }

    private static void address(String at, Address a, List<Violation> found) {
        if (a == null) return;
        text(at + ".name", a.name(), found);
        text(at + ".street", a.street(), found);
        text(at + ".postalCode", a.postalCode(), found);
        text(at + ".city", a.city(), found);
        text(at + ".country", a.country(), found);
    }

    private static void text(String field, String value, List<Violation> found) {
        if (Texts.hasControl(value)) found.add(new Violation(field, "must not contain control characters"));
    }

    /** Σ quantity × gross unit price + Σ charges, for a draft whose prices passed the rules. */
    static Money total(OrderDraft draft, Currency currency) {
        return lines(draft, currency).plus(charges(draft, currency));
    }

    private static Money lines(OrderDraft draft, Currency currency) {
        return draft.lines().stream().map(l -> Money.of(l.unitPrice(), currency).times(l.quantity()))
                .reduce(Money.zero(currency), Money::plus);
    }

    private static Money charges(OrderDraft draft, Currency currency) {
        return draft.charges().stream().map(c -> Money.of(c.amount(), currency)).reduce(Money.zero(currency), Money::plus);
    }

    /** A promise for a day that has passed cannot be kept: refused rather than routed late from the start. */
    static List<Violation> checkPromise(Delivery delivery, LocalDate today) {
        if (delivery == null || delivery.promiseDate() == null || !delivery.promiseDate().isBefore(today)) return List.of();
        return List.of(new Violation("delivery.promiseDate", "must be today (" + today + ", UTC) or later"));
    }

    /** The rules of a delivery alone (a changed delivery address is checked by them too). */
    static List<Violation> checkDelivery(Delivery delivery) {
        List<Violation> found = new ArrayList<>();
        if (delivery != null) {
            address("delivery.address", delivery.address(), found);
            text("delivery.pickupLocationId", delivery.pickupLocationId(), found);
        }
        delivery(delivery, found);
        return found;
    }

    private static void delivery(Delivery delivery, List<Violation> found) {
        if (delivery == null || delivery.mode() == null) {
            found.add(new Violation("delivery.mode", "is required"));
            return;
        }
        Address address = delivery.address();
        if (delivery.mode() == DeliveryMode.SHIP && address == null) {
            found.add(new Violation("delivery.address", "is required for SHIP"));
        }
        if (address != null) {
            if (blank(address.name())) found.add(new Violation("delivery.address.name", "is required"));
            if (blank(address.city())) found.add(new Violation("delivery.address.city", "is required"));
            if (address.country() == null || !COUNTRIES.contains(address.country())) {
                found.add(new Violation("delivery.address.country", "must be an ISO 3166-1 alpha-2 country code, e.g. DE"));
            }
        }
        if (delivery.mode() == DeliveryMode.PICKUP && blank(delivery.pickupLocationId())) {
            found.add(new Violation("delivery.pickupLocationId", "is required for PICKUP"));
        }
    }

    private static void money(BigDecimal amount, Currency currency, String field, boolean positive, List<Violation> found) {
        if (amount == null) {
            found.add(new Violation(field, "is required"));
        } else if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
            found.add(new Violation(field, positive ? "must be positive" : "must not be negative"));
        } else if (currency != null && !Currencies.fits(amount, currency)) {
            found.add(new Violation(field, "must have at most " + currency.getDefaultFractionDigits() + " decimals for "
                    + currency.getCurrencyCode()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
