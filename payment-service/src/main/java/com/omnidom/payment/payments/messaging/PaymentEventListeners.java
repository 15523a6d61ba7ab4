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
import com.omnidom.payment.payments.application.PaymentGateway;
import com.omnidom.payment.payments.application.RecordPayment;
import com.omnidom.payment.payments.application.RefundReturn;
import com.omnidom.payment.payments.application.ReleaseAuthorization;
import com.omnidom.payment.payments.domain.LineQuantity;
import com.omnidom.payment.payments.domain.LineSpec;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.PaymentRuleViolation;
import com.omnidom.payment.payments.domain.TenderSpec;
import com.omnidom.payment.payments.domain.TenderType;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.platform.events.PermanentEventFailure;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Translates other services' events into the use cases, each applied once through the inbox. One consumer per
 * topic (the platform binds each consumed topic on its own): a shipment waiting for its order ({@code PrerequisiteMissing}, retried in place)
 * holds only its fulfilment partition, never the order topic that brings what it waits for. A broken money rule
 * or a PSP refusal cannot heal by retrying and goes to the dead-letter topic; an unreachable PSP is retried.
 */
@Component
class PaymentEventListeners implements EventHandlers {

    private final RecordPayment recordPayment;
    private final CaptureFulfillment captureFulfillment;
    private final RefundReturn refundReturn;
    private final ReleaseAuthorization releaseAuthorization;

    PaymentEventListeners(RecordPayment recordPayment, CaptureFulfillment captureFulfillment, RefundReturn refundReturn,
                          ReleaseAuthorization releaseAuthorization) {
        this.recordPayment = recordPayment;
        this.captureFulfillment = captureFulfillment;
        this.refundReturn = refundReturn;
        this.releaseAuthorization = releaseAuthorization;
    }

    @Override
    public void subscribe(Subscriptions on) {
        // holds, notes, address changes, assignments, acknowledgements, rejections ... move no money
        on.event(OrderAccepted.class, order -> permanentIfRefused(order, () -> recordPayment.record(
                new OrderId(order.orderId()), order.orderNumber(), order.currency(), order.total(), tenders(order),
                lines(order))));
        on.event(OrderCancelled.class, cancelled -> permanentIfRefused(cancelled, () -> releaseAuthorization.release(
                new OrderId(cancelled.orderId()), cancelled.eventId(), cancelledLines(cancelled), cancelled.reason())));
        on.event(FulfillmentShipped.class, shipped -> permanentIfRefused(shipped, () -> captureFulfillment.capture(
                new OrderId(shipped.orderId()), shipped.fulfillmentId(), quantities(shipped.lines()))));
        on.event(FulfillmentPickedUp.class, pickedUp -> permanentIfRefused(pickedUp, () -> captureFulfillment.capture(
                new OrderId(pickedUp.orderId()), pickedUp.fulfillmentId(), quantities(pickedUp.lines()))));
        on.event(ReturnReceived.class, received -> permanentIfRefused(received, () -> refundReturn.refund(
                new OrderId(received.orderId()), received.returnId(), received.currency(), received.refundAmount(),
                returned(received.lines()))));
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
                .map(l -> new LineSpec(l.lineId(), l.sku(), l.quantity(), l.unitPrice(), l.taxRate())).toList();
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
