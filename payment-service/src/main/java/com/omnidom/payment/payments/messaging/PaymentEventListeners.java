package com.omnidom.payment.payments.messaging;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.events.returns.ReturnLine;
import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentShipped;
import com.omnidom.payment.payments.application.CaptureFulfillment;
import com.omnidom.payment.payments.application.FinishPspIntent;
import com.omnidom.payment.payments.application.PaymentGateway;
import com.omnidom.payment.payments.application.RecordPayment;
import com.omnidom.payment.payments.application.RefundReturn;
import com.omnidom.payment.payments.application.ReleaseAuthorization;
import com.omnidom.payment.payments.domain.ChargeSpec;
import com.omnidom.payment.payments.domain.LineQuantity;
import com.omnidom.payment.payments.domain.LineSpec;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.PaymentRuleViolation;
import com.omnidom.payment.payments.domain.TenderSpec;
import com.omnidom.payment.payments.domain.TenderType;
import com.omnidom.payment.taxes.domain.TaxCategory;
import com.omnidom.payment.taxes.domain.TaxRules;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.inbox.Inbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Translates other services' events into the use cases, each applied once through the inbox. One consumer per
 * topic (the platform binds each consumed topic on its own): a shipment waiting for its order ({@code PrerequisiteMissing}, retried in place)
 * holds only its fulfilment partition, never the order topic that brings what it waits for. A broken money rule
 * or a PSP refusal cannot heal by retrying and goes to the dead-letter topic; an unreachable PSP leaves a pending
 * intent that the recovery job finishes.
 */
@Component
class PaymentEventListeners implements EventHandlers {

    private final RecordPayment recordPayment;
    private final CaptureFulfillment captureFulfillment;
    private final RefundReturn refundReturn;
    private final ReleaseAuthorization releaseAuthorization;
    private final FinishPspIntent finishPspIntent;
    private final Inbox inbox;
    // the inbox's consumer name, the platform's for the same events before
    private final String consumer;

    PaymentEventListeners(RecordPayment recordPayment, CaptureFulfillment captureFulfillment, RefundReturn refundReturn,
                          ReleaseAuthorization releaseAuthorization, FinishPspIntent finishPspIntent, Inbox inbox,
                          @Value("${spring.application.name}") String consumer) {
        this.recordPayment = recordPayment;
        this.finishPspIntent = finishPspIntent;
        this.inbox = inbox;
        this.consumer = consumer;
        this.captureFulfillment = captureFulfillment;
        this.refundReturn = refundReturn;
        this.releaseAuthorization = releaseAuthorization;
    }

    @Override
    public void subscribe(Subscriptions on) {
        // holds, notes, address changes, assignments, acknowledgements, rejections ... move no money
        on.event(OrderAccepted.class, order -> permanentIfRefused(order, () -> recordPayment.record(
                new OrderId(order.orderId()), order.orderNumber(), order.currency(), order.total(), tenders(order),
                lines(order), charges(order), origin(order))));
        // money at the PSP: the inbox row, the booking and the intent commit first, the PSP is called after (see viaPsp)
        on.idempotent(OrderCancelled.class, cancelled -> viaPsp(cancelled, () -> releaseAuthorization.release(
                new OrderId(cancelled.orderId()), cancelled.eventId(), cancelledLines(cancelled), cancelled.reason())));
        on.idempotent(FulfillmentShipped.class, shipped -> viaPsp(shipped, () -> captureFulfillment.capture(
                new OrderId(shipped.orderId()), shipped.fulfillmentId(), quantities(shipped.lines()), shipped.occurredAt())));
        on.idempotent(FulfillmentPickedUp.class, pickedUp -> viaPsp(pickedUp, () -> captureFulfillment.capture(
                new OrderId(pickedUp.orderId()), pickedUp.fulfillmentId(), quantities(pickedUp.lines()),
                pickedUp.occurredAt())));
        on.idempotent(ReturnReceived.class, received -> viaPsp(received, () -> refundReturn.refund(
                new OrderId(received.orderId()), received.returnId(), received.currency(), received.refundAmount(),
                returned(received.lines()))));
    }

    /**
     * Applies {@code booking} once per event through the inbox (its transaction holds the inbox row, the payment's row
     * lock, the booking and the PSP intent), then, committed and outside any transaction, calls the PSP once. A PSP
     * that is unavailable leaves the intent pending and the consumer goes on: the recovery job finishes it, since a
     * redelivery of this event would find its inbox row and do nothing. A refusal goes to the dead-letter topic as before.
     */
    private void viaPsp(ContractEvent event, Supplier<Optional<UUID>> booking) {
        if (event.eventId() == null) {
            throw new PermanentEventFailure(event.getClass().getSimpleName() + " without eventId");
        }
        permanentIfRefused(event, () -> inbox.apply(consumer, event.eventId(), () -> booking.get().orElse(null))
                .ifPresent(finishPspIntent::finish));
    }

    private static void permanentIfRefused(ContractEvent event, Runnable effects) {
        try {
            effects.run();
        } catch (PaymentRuleViolation | PaymentGateway.Refused e) {
            throw new PermanentEventFailure(event.getClass().getSimpleName() + " " + event.eventId() + ": " + e.getMessage(), e);
        }
    }

    private static List<TenderSpec> tenders(OrderAccepted order) {
        return order.tenders().stream().map(t -> new TenderSpec(t.tenderId(),
                t.type() == null ? null : TenderType.valueOf(t.type().name()), t.amount(), t.reference())).toList();
    }

    private static List<LineSpec> lines(OrderAccepted order) {
        return order.lines().stream()
                .map(l -> new LineSpec(l.lineId(), l.sku(), l.quantity(), l.unitPrice(), l.taxRate(),
                        l.taxCategory() == null ? null : TaxCategory.valueOf(l.taxCategory().name()))).toList();
    }

    private static List<ChargeSpec> charges(OrderAccepted order) {
        return order.charges().stream()
                .map(c -> new ChargeSpec(c.chargeId(), c.type() == null ? null : ChargeSpec.ChargeType.valueOf(c.type().name()),
                        c.name(), c.amount(), c.taxRate(),
                        c.taxCategory() == null ? null : TaxCategory.valueOf(c.taxCategory().name()))).toList();
    }

    /**
     * The tax country is where the goods are supplied: the delivery address's country when shipped; for a pickup the
     * store's, which order-service puts in the delivery address. None when there is no address (older producers'
     * pickups): then the issuing company's home country.
     */
    private static RecordPayment.Origin origin(OrderAccepted order) {
        String country = order.delivery() == null || order.delivery().address() == null ? null
                : order.delivery().address().country();
        String taxCountry = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
        return new RecordPayment.Origin(TaxRules.isCountry(taxCountry) ? taxCountry : null,
                order.customer() == null ? null : order.customer().language(), order.occurredAt(), recipient(order));
    }

    /**
     * The customer's name and, when shipped, the delivery address: the documents' recipient (no billing address in the
     * contract). A pickup's address is the store's, not the customer's: its documents name the customer only.
     */
    private static String recipient(OrderAccepted order) {
        List<String> lines = new ArrayList<>();
        boolean shipped = order.delivery() != null && order.delivery().mode() != OrderAccepted.DeliveryMode.PICKUP;
        OrderAccepted.Address address = shipped ? order.delivery().address() : null;
        String name = order.customer() != null && order.customer().name() != null ? order.customer().name()
                : address == null ? null : address.name();
        if (name != null && !name.isBlank()) lines.add(name);
        if (address != null) {
            if (address.street() != null) lines.add(address.street());
            String city = Stream.of(address.postalCode(), address.city()).filter(Objects::nonNull).collect(Collectors.joining(" "));
            if (!city.isBlank()) lines.add(city);
            if (address.country() != null) lines.add(address.country());
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static List<LineQuantity> cancelledLines(OrderCancelled cancelled) {
        if (cancelled.orderId() == null) throw new PaymentRuleViolation("OrderCancelled without orderId");
        return cancelled.lines().stream().map(l -> new LineQuantity(l.lineId(), l.quantity())).toList();
    }

    private static List<LineQuantity> returned(List<ReturnLine> lines) {
        return lines.stream().map(l -> new LineQuantity(l.lineId(), l.quantity())).toList();
    }

    private static List<LineQuantity> quantities(List<FulfillmentLine> lines) {
        return lines.stream().map(l -> new LineQuantity(l.lineId(), l.quantity())).toList();
    }
}
