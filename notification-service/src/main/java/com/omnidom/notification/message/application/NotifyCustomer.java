package com.omnidom.notification.message.application;

import com.omnidom.notification.contact.domain.ContactLine;
import com.omnidom.notification.contact.domain.DeliveryMode;
import com.omnidom.notification.contact.domain.OrderContact;
import com.omnidom.notification.contact.domain.OrderContacts;
import com.omnidom.notification.location.domain.StoreLocation;
import com.omnidom.notification.location.domain.StoreLocations;
import com.omnidom.notification.message.domain.Documents;
import com.omnidom.notification.message.domain.Message;
import com.omnidom.notification.message.domain.MessageKind;
import com.omnidom.notification.message.domain.Messages;
import com.omnidom.platform.events.PrerequisiteMissing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Records the messages an order's events call for, rendered and PENDING; the sender delivers them after commit.
 * Runs inside the listener's inbox transaction, so an event's messages exist if and only if it was processed.
 */
@Service
@Transactional
public class NotifyCustomer {

    private static final Logger log = LoggerFactory.getLogger(NotifyCustomer.class);

    private final OrderContacts contacts;
    private final StoreLocations locations;
    private final Messages messages;
    private final Documents documents;
    private final MailTemplates templates;
    private final ApplicationEventPublisher events;
    private final Duration documentWait;
    private final Clock clock;

    public NotifyCustomer(OrderContacts contacts, StoreLocations locations, Messages messages, Documents documents,
                          MailTemplates templates, ApplicationEventPublisher events, NotificationProperties properties,
                          Clock clock) {
        this.contacts = contacts;
        this.locations = locations;
        this.messages = messages;
        this.documents = documents;
        this.templates = templates;
        this.events = events;
        this.documentWait = properties.attachments().waitFor();
        this.clock = clock;
    }

    /** Keeps the order's contact (later events name only the order id) and confirms the order. */
    public void orderAccepted(OrderToConfirm order) {
        OrderContact contact = contacts.save(OrderContact.of(order.orderId(), order.orderNumber(), order.customerName(),
                order.email(), order.language(), order.deliveryMode(), order.pickupLocationId(),
                order.total(), order.lines(), order.acceptedAt()));
        Map<String, Object> model = common(contact);
        model.put("lines", contact.lines());
        model.put("total", Amounts.format(contact.total(), contact.language()));
        model.put("pickup", contact.deliveryMode() == DeliveryMode.PICKUP);
        if (contact.deliveryMode() == DeliveryMode.PICKUP) model.putAll(store(contact.pickupLocationId()));
        record(contact, MessageKind.ORDER_CONFIRMED, "order", model);
    }

    public void shipped(Shipment shipment) {
        OrderContact contact = contactOf(shipment.orderId(), "shipment " + shipment.fulfillmentId());
        Map<String, Object> model = common(contact);
        model.put("lines", shipment.lines());
        model.put("carrier", shipment.carrier());
        model.put("trackingNumber", shipment.trackingNumber());
        // an order of nothing to pay (a free replacement) may never get an invoice: it does not wait for one
        Supplier<Optional<UUID>> invoice = contact.total().isZero() ? null
                : () -> documents.invoiceOf(shipment.orderId(), shipment.fulfillmentId());
        record(contact, MessageKind.SHIPPED, shipment.fulfillmentId().toString(), model, invoice);
    }

    public void readyForPickup(PickupReady pickup) {
        OrderContact contact = contactOf(pickup.orderId(), "pickup " + pickup.fulfillmentId());
        record(contact, MessageKind.READY_FOR_PICKUP, pickup.fulfillmentId().toString(),
                pickupModel(contact, pickup.lines(), pickup.locationId(), pickup.pickupCode()));
    }

    /**
     * Reminds the customer of a pickup still waiting: the store, the lines, the code again and until when the store holds
     * it (in the store's time zone). Once per fulfilment order.
     */
    public void pickupReminder(PickupReminder reminder) {
        OrderContact contact = contactOf(reminder.orderId(), "pickup reminder " + reminder.fulfillmentId());
        Map<String, Object> model = pickupModel(contact, reminder.lines(), reminder.locationId(), reminder.pickupCode());
        ZoneId zone = locations.findById(reminder.locationId()).map(StoreLocation::zone).orElse(ZoneOffset.UTC);
        model.put("heldUntil", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Amounts.locale(contact.language())).withZone(zone).format(reminder.heldUntil())
                + (zone.equals(ZoneOffset.UTC) ? " UTC" : ""));
        record(contact, MessageKind.PICKUP_REMINDER, reminder.fulfillmentId().toString(), model);
    }

    /** Where the lines wait and the code to collect them with: the customer's alone, in the e-mail, never in a log line. */
    private Map<String, Object> pickupModel(OrderContact contact, List<ContactLine> lines, String locationId, String pickupCode) {
        Map<String, Object> model = common(contact);
        model.put("lines", lines);
        model.putAll(store(locationId));
        model.put("pickupCode", pickupCode);
        return model;
    }

    public void refunded(Refund refund) {
        OrderContact contact = contactOf(refund.orderId(), "refund " + refund.reference());
        Map<String, Object> model = common(contact);
        model.put("amount", Amounts.format(refund.amount(), contact.language()));
        // a refund without a return has no credit note to wait for
        Supplier<Optional<UUID>> creditNote = refund.returnId() == null ? null
                : () -> documents.creditNoteOf(refund.orderId(), refund.returnId());
        record(contact, MessageKind.REFUNDED, refund.reference(), model, creditNote);
    }

    /**
     * Tells which items were cancelled, or that the whole order was; the cancellation of an expired pickup's units as
     * that: the pickup at its store was not collected in time (PICKUP_EXPIRED). The cancellation follows its
     * OrderAccepted on the same topic and key, so without a contact now none will come (an order cancelled while held
     * for review was never accepted nor confirmed): nothing to tell, and waiting would stall the partition.
     */
    public void cancelled(Cancellation cancellation) {
        OrderContact contact = contacts.findById(cancellation.orderId()).orElse(null);
        if (contact == null) {
            log.info("order {} was never confirmed to the customer: its cancellation is not mailed", cancellation.orderId());
            return;
        }
        Map<String, Object> model = common(contact);
        model.put("lines", cancellation.lines());
        if (cancellation.ofExpiredPickup()) {
            model.putAll(store(contact.pickupLocationId()));
            record(contact, MessageKind.PICKUP_EXPIRED, cancellation.reference(), model);
            return;
        }
        model.put("wholeOrder", coversAllOrdered(contact.lines(), cancellation.lines()));
        record(contact, MessageKind.ORDER_CANCELLED, cancellation.reference(), model);
    }

    /** Tells that (part of) the order waits for stock; once per order and reason, however often routing retries. */
    public void delayed(Delay delay) {
        OrderContact contact = contactOf(delay.orderId(), "delay");
        Map<String, Object> model = common(contact);
        model.put("lines", delay.lines());
        record(contact, MessageKind.DELAYED, delay.reference(), model);
    }

    public void released(Release release) {
        OrderContact contact = contactOf(release.orderId(), "release " + release.eventId());
        Map<String, Object> model = common(contact);
        model.put("amount", Amounts.format(release.amount(), contact.language()));
        model.put("toCard", release.toCard());
        model.put("toStoredValue", release.toStoredValue());
        record(contact, MessageKind.AUTHORIZATION_RELEASED, release.reference(), model);
    }

    /** Reminds the customer of an overdue invoice: the level, what is open (fee included) and the new pay-by date. */
    public void dunningNoticeIssued(DunningNotice notice) {
        OrderContact contact = contactOf(notice.orderId(), "dunning notice " + notice.reference());
        Map<String, Object> model = common(contact);
        model.put("invoiceNumber", notice.invoiceNumber());
        model.put("level", notice.level());
        model.put("openAmount", Amounts.format(notice.openAmount(), contact.language()));
        model.put("fee", notice.fee().isZero() ? null : Amounts.format(notice.fee(), contact.language()));
        model.put("payBy", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Amounts.locale(contact.language())).format(notice.payBy()));
        record(contact, MessageKind.DUNNING_REMINDER, notice.reference(), model);
    }

    private static boolean coversAllOrdered(List<ContactLine> ordered, List<ContactLine> cancelled) {
        Map<String, Integer> open = new HashMap<>();
        ordered.forEach(l -> open.merge(l.sku(), l.quantity(), Integer::sum));
        cancelled.forEach(l -> open.merge(l.sku(), -l.quantity(), Integer::sum));
        return open.values().stream().allMatch(units -> units <= 0);
    }

    private OrderContact contactOf(UUID orderId, String what) {
        // order holds within a topic only: this event may overtake its OrderAccepted; it is retried until that came
        return contacts.findById(orderId).orElseThrow(() ->
                new PrerequisiteMissing("no contact for order " + orderId + " yet, " + what + " waits for OrderAccepted"));
    }

    private static Map<String, Object> common(OrderContact contact) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("orderNumber", contact.orderNumber());
        model.put("customerName", contact.customerName());
        return model;
    }

    /** The store as the replica knows it; its id alone while the catalog's snapshot has not arrived. */
    private Map<String, Object> store(String locationId) {
        Map<String, Object> model = new LinkedHashMap<>();
        StoreLocation store = locationId == null ? null : locations.findById(locationId).orElse(null);
        model.put("storeName", store != null && store.name() != null ? store.name() : locationId);
        model.put("storeAddress", store == null ? null : address(store));
        return model;
    }

    private static String address(StoreLocation store) {
        String place = String.join(" ", nonNull(store.postalCode()), nonNull(store.city())).strip();
        return String.join(", ", List.of(nonNull(store.street()), place).stream().filter(s -> !s.isBlank()).toList());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void record(OrderContact contact, MessageKind kind, String reference, Map<String, Object> model) {
        record(contact, kind, reference, model, null);
    }

    /**
     * @param document the document the e-mail goes with, if it is there already; null: it goes with none. A message
     *                 whose document has not arrived waits for it (up to {@code attachments.wait}, see
     *                 {@link AttachDocument})
     */
    private void record(OrderContact contact, MessageKind kind, String reference, Map<String, Object> model,
                        Supplier<Optional<UUID>> document) {
        if (messages.existsByOrderIdAndKindAndReference(contact.orderId(), kind, reference)) {
            log.info("{} for order {} ({}) recorded before, not again", kind, contact.orderId(), reference);
            return;
        }
        if (!contact.reachableByEmail()) {
            log.info("order {} has no e-mail address: {} not sent", contact.orderId(), kind);
            return;
        }
        RenderedMail mail = templates.render(kind, contact.language(), model);
        Instant now = clock.instant();
        Message message = Message.pending(contact.orderId(), kind, reference, contact.email(), mail.language(),
                mail.subject(), mail.body(), now);
        // the document may be committing right now in another consumer (AttachDocument): wait for it, then look
        if (document != null) documents.lockDocumentsOf(contact.orderId());
        Optional<UUID> documentId = document == null ? Optional.empty() : document.get();
        documentId.ifPresent(id -> message.attach(id, now));
        boolean waits = document != null && documentId.isEmpty() && documentWait.isPositive();
        if (waits) message.awaitDocumentUntil(now.plus(documentWait));
        messages.save(message);
        log.info("{} for order {} recorded as message {}{}", kind, contact.orderId(), message.id(),
                documentId.isPresent() ? " with its document" : waits ? ", waiting for its document until " + message.nextAttemptAt() : "");
        events.publishEvent(new MessageRecorded(message.id()));
    }
}
