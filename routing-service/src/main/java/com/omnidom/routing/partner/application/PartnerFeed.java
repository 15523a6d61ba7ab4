package com.omnidom.routing.partner.application;

import com.omnidom.events.EventType;
import com.omnidom.events.Topics;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentMode;
import com.omnidom.events.routing.PartnerFulfillmentOrderChanged;
import com.omnidom.events.routing.PartnerFulfillmentOrderChanged.Status;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.routing.fulfillment.application.ShipTo;
import com.omnidom.routing.fulfillment.application.ShipTos;
import com.omnidom.routing.fulfillment.domain.FulfillmentId;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentOrders;
import com.omnidom.routing.fulfillment.domain.FulfillmentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Publishes each change of a partner location's fulfilment order to that partner's own topic, through the outbox in
 * the transaction that notes the change. The platform's {@code Outbox} takes the topic from the event type; a partner
 * event's topic depends on the partner, so its row is written here, in the outbox's own format, for the same relay.
 */
@Service
public class PartnerFeed {

    private static final Logger log = LoggerFactory.getLogger(PartnerFeed.class);

    private final JdbcTemplate jdbc;
    private final FulfillmentOrders fulfillments;
    private final PartnerTopics topics;
    private final EventCodec codec;
    private final ShipTos shipTos;
    private final String source;

    public PartnerFeed(JdbcTemplate jdbc, FulfillmentOrders fulfillments, PartnerTopics topics, EventCodec codec,
                       ShipTos shipTos, @Value("${omnidom.outbox.source:/omnidom/${spring.application.name:omnidom}}") String source) {
        this.jdbc = jdbc;
        this.fulfillments = fulfillments;
        this.topics = topics;
        this.codec = codec;
        this.shipTos = shipTos;
        this.source = source;
    }

    /**
     * Notes whose location it is (null: no partner's), keeping the highest version, and creates the partner's topic
     * so it exists before the partner's first event. A partner id that cannot name a topic is logged and ignored.
     */
    public void noteLocation(String locationId, String partnerId, long version) {
        boolean valid = Topics.validPartnerId(partnerId);
        if (partnerId != null && !valid) {
            log.warn("location {} has partner id '{}', which cannot name a topic (letters, digits, - and _ only): no partner feed",
                    locationId, partnerId);
        }
        if (valid) topics.ensure(partnerId);
        jdbc.update("""
                INSERT INTO partner_location (location_id, partner_id, version) VALUES (?, ?, ?)
                ON CONFLICT (location_id) DO UPDATE SET partner_id = EXCLUDED.partner_id, version = EXCLUDED.version,
                    updated_at = now()
                WHERE partner_location.version < EXCLUDED.version""", locationId, valid ? partnerId : null, version);
    }

    /** Keeps what a partner would need of the order; routing does not know yet whether a partner will get it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noteOrder(UUID orderId, ShipTo shipTo) {
        jdbc.update("""
                INSERT INTO partner_ship_to (order_id, order_number, pickup, name, street, postal_code, city, country,
                                             deliver_by, express)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO UPDATE SET order_number = EXCLUDED.order_number, pickup = EXCLUDED.pickup,
                    name = EXCLUDED.name, street = EXCLUDED.street, postal_code = EXCLUDED.postal_code, city = EXCLUDED.city,
                    country = EXCLUDED.country, deliver_by = EXCLUDED.deliver_by, express = EXCLUDED.express, updated_at = now()""",
                orderId, shipTo.orderNumber(), shipTo.pickup(), shipTo.name(), shipTo.street(), shipTo.postalCode(),
                shipTo.city(), shipTo.country(), shipTo.deliverBy(), shipTo.express());
    }

    /** A changed delivery replaces the address and promise; the order number stays. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeDelivery(UUID orderId, ShipTo shipTo) {
        String number = jdbc.query("SELECT order_number FROM partner_ship_to WHERE order_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, orderId);
        noteOrder(orderId, new ShipTo(number, shipTo.pickup(), shipTo.name(), shipTo.street(), shipTo.postalCode(),
                shipTo.city(), shipTo.country(), shipTo.deliverBy(), shipTo.express()));
    }

    /**
     * A fulfilment order moved on (routing's own event says how): publishes its state to the partner whose location
     * holds it, with {@code lines} as the event carried them. Nothing for other locations.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(UUID fulfillmentId, String locationId, Status status, List<FulfillmentLine> lines, Instant at) {
        partnerOf(locationId).ifPresent(partner -> fulfillments.find(new FulfillmentId(fulfillmentId))
                .ifPresent(f -> publish(partner, f, status, lines, List.of(), at)));
    }

    /** Lines were cancelled: the partner gets what is left (CANCELLED when nothing is) and what was taken out. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelled(UUID fulfillmentId, String locationId, List<FulfillmentLine> cancelled, Instant at) {
        partnerOf(locationId).ifPresent(partner -> fulfillments.find(new FulfillmentId(fulfillmentId)).ifPresent(f -> {
            Status status = f.status() == FulfillmentStatus.CANCELLED ? Status.CANCELLED : statusOf(f.status());
            publish(partner, f, status, lines(f), cancelled, at);
        }));
    }

    /**
     * Inventory could not allocate it: the fulfilment order ends and its lines go elsewhere. Only an ASSIGNED one fails
     * (FAILED when routing noted it first); in any other status the failure is stale and the partner hears nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void allocationFailed(UUID fulfillmentId, String locationId, Instant at) {
        partnerOf(locationId).ifPresent(partner -> fulfillments.find(new FulfillmentId(fulfillmentId)).ifPresent(f -> {
            if (f.status() == FulfillmentStatus.ASSIGNED || f.status() == FulfillmentStatus.FAILED) {
                publish(partner, f, Status.WITHDRAWN, List.of(), List.of(), at);
            }
        }));
    }

    private Optional<String> partnerOf(String locationId) {
        return Optional.ofNullable(jdbc.query("SELECT partner_id FROM partner_location WHERE location_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, locationId));
    }

    private void publish(String partnerId, FulfillmentOrder f, Status status, List<FulfillmentLine> lines,
                         List<FulfillmentLine> cancelled, Instant at) {
        ShipTo shipTo = shipTos.of(f.orderId()).orElse(null);
        var event = new PartnerFulfillmentOrderChanged(UUID.randomUUID(), at, f.id().value(), f.orderId(),
                shipTo == null ? null : shipTo.orderNumber(), partnerId, f.locationId(), status, lines, cancelled,
                FulfillmentMode.valueOf(f.mode().name()),
                shipTo == null ? null : new PartnerFulfillmentOrderChanged.ShipTo(shipTo.name(), shipTo.street(),
                        shipTo.postalCode(), shipTo.city(), shipTo.country()),
                shipTo == null ? null : shipTo.deliverBy(), shipTo != null && shipTo.express());
        // the relay stops at a record it cannot send: the topic must exist before the row does
        topics.ensure(partnerId);
        jdbc.update("""
                INSERT INTO outbox (id, aggregatetype, aggregateid, type, payload, source, occurred_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)""",
                event.eventId(), Topics.partnerFulfillmentOrders(partnerId).name(), event.subject(),
                EventType.PARTNER_FULFILLMENT_ORDER_CHANGED.type(), codec.toJson(event), source, Timestamp.from(at));
    }

    private static List<FulfillmentLine> lines(FulfillmentOrder f) {
        return f.lines().stream().map(l -> new FulfillmentLine(l.lineId(), l.sku(), l.quantity())).toList();
    }

    /** The partner's view of a status: allocation is Omnidom's business, FAILED means taken back. */
    private static Status statusOf(FulfillmentStatus status) {
        return switch (status) {
            case ASSIGNED, ALLOCATED -> Status.ASSIGNED;
            case ACKNOWLEDGED -> Status.ACKNOWLEDGED;
            case SHIPPED -> Status.SHIPPED;
            case READY_FOR_PICKUP -> Status.READY_FOR_PICKUP;
            case PICKED_UP -> Status.PICKED_UP;
            case REJECTED -> Status.REJECTED;
            case FAILED -> Status.WITHDRAWN;
            // an expired pickup is no longer handed over: for the partner it is cancelled (its units leave it next)
            case CANCELLED, EXPIRED -> Status.CANCELLED;
        };
    }
}
