package com.omnidom.events;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every topic Omnidom publishes, in one place: services never spell a topic name themselves. {@link #all()} are the
 * shared topics; {@link #perPartner()} the templates of the topics each partner gets its own of.
 */
public final class Topics {

    /** Full article snapshots (texts, prices, combinations), keyed by SKU. */
    public static final TopicSpec CATALOG_ARTICLES = TopicSpec.compacted("catalog.articles.v1", 3);

    /** Full promotion snapshots (automatic promotions and coupons), keyed by promotion id. */
    public static final TopicSpec CATALOG_PROMOTIONS = TopicSpec.compacted("catalog.promotions.v1", 3);

    /** Full delivery location snapshots (type, geo, hours, capacities, costs), keyed by location id. */
    public static final TopicSpec CATALOG_LOCATIONS = TopicSpec.compacted("catalog.locations.v1", 3);

    /** Order lifecycle events (held, rejected, accepted, cancelled, delivery changed, notes), keyed by order id. */
    public static final TopicSpec ORDER_EVENTS = TopicSpec.events("order.events.v1", 3, Duration.ofDays(14));

    /** Fulfilment order events (assigned, acknowledged, rejected, shipped, pickup, cancelled, deferred), keyed by order id. */
    public static final TopicSpec FULFILLMENT_EVENTS = TopicSpec.events("fulfillment.events.v1", 3, Duration.ofDays(14));

    /** Stock allocation outcomes and releases, keyed by order id. */
    public static final TopicSpec INVENTORY_EVENTS = TopicSpec.events("inventory.events.v1", 3, Duration.ofDays(14));

    /** Current stock per article and location, keyed by {@code sku@locationId}. */
    public static final TopicSpec INVENTORY_AVAILABILITY = TopicSpec.compacted("inventory.availability.v1", 3);

    /** Captures, invoices, refunds and released authorisations, keyed by order id. */
    public static final TopicSpec PAYMENT_EVENTS = TopicSpec.events("payment.events.v1", 3, Duration.ofDays(14));

    /**
     * Balanced journal entries for the debtor (finance) system, one per invoice, capture, refund and credit note,
     * keyed by order id. Its own topic so the finance system's principal reads postings only. Kept 30 days: the daily
     * export file is the system of record's input, the topic the live feed.
     */
    public static final TopicSpec FINANCE_POSTINGS = TopicSpec.events("finance.postings.v1", 3, Duration.ofDays(30));

    /**
     * Rendered invoices and credit notes (PDF), keyed by order id. Its own topic: the files are large and only
     * notification-service needs them (to attach them to the customer's e-mail); partners and finance read
     * payment.events.v1 and finance.postings.v1 without them.
     */
    public static final TopicSpec PAYMENT_DOCUMENTS = TopicSpec.events("payment.documents.v1", 3, Duration.ofDays(14));

    /** Returns received, keyed by order id. */
    public static final TopicSpec RETURN_EVENTS = TopicSpec.events("return.events.v1", 3, Duration.ofDays(14));

    /** Messages sent to customers, keyed by order id. */
    public static final TopicSpec NOTIFICATION_EVENTS = TopicSpec.events("notification.events.v1", 3, Duration.ofDays(14));

    /**
     * One topic per partner (drop shipper, franchise partner), named {@code partner.<partnerId>.fulfillment-orders.v1}:
     * that partner's fulfilment orders, keyed by fulfilment id. This is the template; {@link #partnerFulfillmentOrders}
     * gives a partner's topic. One partition (a partner's volume is small, its events stay in one order); kept 14 days
     * (ship-to addresses are personal data). Broker ACLs grant a partner its prefix {@link #partnerPrefix} only.
     */
    public static final TopicSpec PARTNER_FULFILLMENT_ORDERS =
            TopicSpec.events("partner.{partnerId}.fulfillment-orders.v1", 1, Duration.ofDays(14));

    /** A partner id usable in a topic name and an ACL prefix: no dot, so one partner's prefix never covers another's. */
    private static final Pattern PARTNER_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private Topics() {
    }

    /** The topics that exist once per partner, as templates with a {@code {partnerId}} placeholder. */
    public static List<TopicSpec> perPartner() {
        return List.of(PARTNER_FULFILLMENT_ORDERS);
    }

    /** True when {@code partnerId} can name partner topics (letters, digits, {@code -} and {@code _}, no dot). */
    public static boolean validPartnerId(String partnerId) {
        return partnerId != null && PARTNER_ID.matcher(partnerId).matches();
    }

    /** {@code partner.<partnerId>.}: the prefix of the partner's topics and consumer groups (and its ACLs). */
    public static String partnerPrefix(String partnerId) {
        if (!validPartnerId(partnerId)) {
            throw new IllegalArgumentException("partner id must match " + PARTNER_ID.pattern() + ", got '" + partnerId + "'");
        }
        return "partner." + partnerId + ".";
    }

    /** The partner's own fulfilment order topic, {@code partner.<partnerId>.fulfillment-orders.v1}. */
    public static TopicSpec partnerFulfillmentOrders(String partnerId) {
        TopicSpec template = PARTNER_FULFILLMENT_ORDERS;
        String name = template.name().replace("partner.{partnerId}.", partnerPrefix(partnerId));
        return new TopicSpec(name, template.partitions(), template.compacted(), template.retention());
    }

    public static List<TopicSpec> all() {
        return List.of(CATALOG_ARTICLES, CATALOG_LOCATIONS, CATALOG_PROMOTIONS, ORDER_EVENTS, FULFILLMENT_EVENTS,
                INVENTORY_EVENTS, INVENTORY_AVAILABILITY, PAYMENT_EVENTS, FINANCE_POSTINGS, PAYMENT_DOCUMENTS,
                RETURN_EVENTS, NOTIFICATION_EVENTS);
    }

    public static TopicSpec byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic " + name));
    }
}
