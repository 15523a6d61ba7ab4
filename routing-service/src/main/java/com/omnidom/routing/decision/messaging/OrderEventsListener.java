package com.omnidom.routing.decision.messaging;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.order.DeliveryAddressChanged;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.routing.decision.application.CancelOrderLines;
import com.omnidom.routing.decision.application.ChangeDelivery;
import com.omnidom.routing.decision.application.RouteOrder;
import com.omnidom.kernel.GeoPoint;
import com.omnidom.routing.decision.domain.RoutedOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accepted orders are queued for routing once; cancellations take units out of what is not yet shipped; a changed
 * delivery applies to every later routing. Other order events are not routing's concern. All three arrive on the
 * order's key, so an order's cancellation or address change never overtakes its acceptance.
 */
@Component
class OrderEventsListener {

    static final String CONSUMER = "routing-service";

    private final EventCodec codec;
    private final Inbox inbox;
    private final RouteOrder routeOrder;
    private final CancelOrderLines cancelOrderLines;
    private final ChangeDelivery changeDelivery;

    OrderEventsListener(EventCodec codec, Inbox inbox, RouteOrder routeOrder, CancelOrderLines cancelOrderLines,
                        ChangeDelivery changeDelivery) {
        this.codec = codec;
        this.inbox = inbox;
        this.routeOrder = routeOrder;
        this.cancelOrderLines = cancelOrderLines;
        this.changeDelivery = changeDelivery;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).ORDER_EVENTS.name()}", groupId = "routing-service")
    void on(ConsumerRecord<String, byte[]> record) {
        ContractEvent event = codec.read(record);
        switch (event) {
            case OrderAccepted accepted -> {
                RoutedOrder order = toRoutedOrder(accepted);
                inbox.process(CONSUMER, accepted.eventId(), () -> routeOrder.accept(order, accepted.occurredAt()));
            }
            case OrderCancelled cancelled -> {
                if (cancelled.orderId() == null) throw new PermanentEventFailure("OrderCancelled without orderId");
                List<LineQuantity> lines = cancelled.lines().stream()
                        .filter(l -> l.quantity() > 0)
                        .map(l -> new LineQuantity(required(l.lineId(), "lineId"), required(l.sku(), "sku"), l.quantity()))
                        .toList();
                inbox.process(CONSUMER, cancelled.eventId(),
                        () -> cancelOrderLines.cancel(cancelled.orderId(), lines, cancelled.reason()));
            }
            case DeliveryAddressChanged changed -> {
                if (changed.orderId() == null || changed.delivery() == null) {
                    throw new PermanentEventFailure("DeliveryAddressChanged without orderId or delivery");
                }
                OrderAccepted.Delivery d = changed.delivery();
                inbox.process(CONSUMER, changed.eventId(), () -> changeDelivery.change(changed.orderId(), mode(d), geo(d),
                        d.pickupLocationId(), country(d), d.promiseDate()));
            }
            default -> {
                // other order events are not routing's concern
            }
        }
    }

    static RoutedOrder toRoutedOrder(OrderAccepted accepted) {
        if (accepted.orderId() == null) throw new PermanentEventFailure("OrderAccepted without orderId");
        OrderAccepted.Delivery delivery = accepted.delivery();
        return new RoutedOrder(accepted.orderId(), mode(delivery), geo(delivery), delivery == null ? null : delivery.pickupLocationId(),
                accepted.priority(), accepted.channel() == null ? null : accepted.channel().name(), country(delivery),
                accepted.lines().stream().map(l -> new LineQuantity(l.lineId(), l.sku(), l.quantity())).toList(),
                unitPrices(accepted), delivery == null ? null : delivery.promiseDate());
    }

    /** Unit prices in minor units (the engine's minimum-shipment-value fence reads them); a line without one is left out. */
    private static Map<String, Long> unitPrices(OrderAccepted accepted) {
        Map<String, Long> prices = new HashMap<>();
        for (OrderAccepted.Line line : accepted.lines()) {
            if (line.lineId() != null && line.unitPrice() != null) {
                prices.put(line.lineId(), line.unitPrice().setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValue());
            }
        }
        return prices;
    }

    private static FulfillmentMode mode(OrderAccepted.Delivery delivery) {
        return delivery != null && delivery.mode() == OrderAccepted.DeliveryMode.PICKUP ? FulfillmentMode.PICKUP : FulfillmentMode.SHIP;
    }

    private static GeoPoint geo(OrderAccepted.Delivery delivery) {
        return delivery == null || delivery.geo() == null ? null
                : new GeoPoint(delivery.geo().latitude(), delivery.geo().longitude());
    }

    private static String country(OrderAccepted.Delivery delivery) {
        if (delivery == null || delivery.address() == null || delivery.address().country() == null) return null;
        String country = delivery.address().country().trim().toUpperCase(java.util.Locale.ROOT);
        return country.length() == 2 ? country : null;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) throw new PermanentEventFailure("OrderCancelled line without " + field);
        return value;
    }
}
