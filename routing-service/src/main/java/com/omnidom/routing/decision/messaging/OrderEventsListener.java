package com.omnidom.routing.decision.messaging;

import com.omnidom.events.order.DeliveryAddressChanged;
import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.platform.consumer.EventHandlers;
import com.omnidom.platform.consumer.Subscriptions;
import com.omnidom.platform.events.PermanentEventFailure;
import com.omnidom.routing.decision.application.CancelOrderLines;
import com.omnidom.routing.decision.application.ChangeDelivery;
import com.omnidom.routing.decision.application.RouteOrder;
import com.omnidom.kernel.GeoPoint;
import com.omnidom.routing.decision.domain.RoutedOrder;
import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
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
class OrderEventsListener implements EventHandlers {

    private final RouteOrder routeOrder;
    private final CancelOrderLines cancelOrderLines;
    private final ChangeDelivery changeDelivery;

    OrderEventsListener(RouteOrder routeOrder, CancelOrderLines cancelOrderLines, ChangeDelivery changeDelivery) {
        this.routeOrder = routeOrder;
        this.cancelOrderLines = cancelOrderLines;
        this.changeDelivery = changeDelivery;
    }

    @Override
    public void subscribe(Subscriptions on) {
        // other order events are not routing's concern
        on.event(OrderAccepted.class, accepted -> routeOrder.accept(toRoutedOrder(accepted), accepted.occurredAt()));
        on.event(OrderCancelled.class, cancelled -> {
            if (cancelled.orderId() == null) throw new PermanentEventFailure("OrderCancelled without orderId");
            List<LineQuantity> lines = cancelled.lines().stream()
                    .filter(l -> l.quantity() > 0)
                    .map(l -> new LineQuantity(required(l.lineId(), "lineId"), required(l.sku(), "sku"), l.quantity()))
                    .toList();
            cancelOrderLines.cancel(cancelled.orderId(), lines, cancelled.reason());
        });
        on.event(DeliveryAddressChanged.class, changed -> {
            if (changed.orderId() == null || changed.delivery() == null) {
                throw new PermanentEventFailure("DeliveryAddressChanged without orderId or delivery");
            }
            OrderAccepted.Delivery d = changed.delivery();
            changeDelivery.change(changed.orderId(), mode(d), geo(d), d.pickupLocationId(), country(d), d.promiseDate());
        });
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
