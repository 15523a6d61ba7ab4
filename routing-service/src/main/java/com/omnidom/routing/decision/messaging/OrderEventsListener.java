package com.omnidom.routing.decision.messaging;

import com.omnidom.events.ContractEvent;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.platform.events.EventCodec;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.platform.inbox.Inbox;
import com.omnidom.routing.decision.application.RouteOrder;
import com.omnidom.routing.decision.domain.GeoPoint;
import com.omnidom.routing.decision.domain.RoutedOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Routes every accepted order once; other order events are not routing's concern. */
@Component
class OrderEventsListener {

    static final String CONSUMER = "routing-service";

    private final EventCodec codec;
    private final Inbox inbox;
    private final RouteOrder routeOrder;

    OrderEventsListener(EventCodec codec, Inbox inbox, RouteOrder routeOrder) {
        this.codec = codec;
        this.inbox = inbox;
        this.routeOrder = routeOrder;
    }

    @KafkaListener(topics = "#{T(com.omnidom.events.Topics).ORDER_EVENTS.name()}", groupId = "routing-service")
    void on(ConsumerRecord<String, byte[]> record) {
        ContractEvent event = codec.read(record);
        if (event instanceof OrderAccepted accepted) {
            RoutedOrder order = toRoutedOrder(accepted);
            inbox.process(CONSUMER, accepted.eventId(), () -> routeOrder.accept(order, accepted.occurredAt()));
        }
    }

    static RoutedOrder toRoutedOrder(OrderAccepted accepted) {
        if (accepted.orderId() == null) throw new PermanentEventFailure("OrderAccepted without orderId");
        OrderAccepted.Delivery delivery = accepted.delivery();
        FulfillmentMode mode = delivery != null && delivery.mode() == OrderAccepted.DeliveryMode.PICKUP
                ? FulfillmentMode.PICKUP : FulfillmentMode.SHIP;
        GeoPoint destination = delivery == null || delivery.geo() == null ? null
                : new GeoPoint(delivery.geo().latitude(), delivery.geo().longitude());
        return new RoutedOrder(accepted.orderId(), mode, destination, delivery == null ? null : delivery.pickupLocationId(),
                accepted.priority(),
                accepted.lines().stream().map(l -> new LineQuantity(l.lineId(), l.sku(), l.quantity())).toList());
    }
}
