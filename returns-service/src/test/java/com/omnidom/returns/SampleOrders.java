package com.omnidom.returns;

import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.payment.RefundIssued;
import com.omnidom.events.payment.TenderAmount;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentShipped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Other services' events as their relays publish them, for one order at a time. */
public final class SampleOrders {

    private SampleOrders() {
    }

    /** {@code lineId, sku, quantity, unit price} */
    public static OrderAccepted.Line line(String lineId, String sku, int quantity, String unitPrice) {
        return new OrderAccepted.Line(lineId, sku, quantity, new BigDecimal(unitPrice), new BigDecimal("0.19"));
    }

    public static OrderAccepted accepted(UUID orderId, OrderAccepted.Line... lines) {
        BigDecimal total = Arrays.stream(lines).map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OrderAccepted(UUID.randomUUID(), Instant.now(), orderId, "WEB-" + orderId.toString().substring(0, 8),
                OrderAccepted.Channel.WEB_SHOP,
                new OrderAccepted.Customer("C-1", "Erika Muster", "erika@example.org", null, "de"),
                List.of(lines), "EUR", total,
                new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.SHIP,
                        new OrderAccepted.Address("Erika Muster", "Street 1", "10178", "Berlin", "DE"), null, null),
                List.of(new OrderAccepted.Tender("T-1", OrderAccepted.TenderType.CARD, total, "PSP-1")), false);
    }

    public static FulfillmentLine shipped(String lineId, String sku, int quantity) {
        return new FulfillmentLine(lineId, sku, quantity);
    }

    public static FulfillmentShipped shipment(UUID orderId, String locationId, FulfillmentLine... lines) {
        return new FulfillmentShipped(UUID.randomUUID(), Instant.now(), orderId, UUID.randomUUID(), locationId,
                List.of(lines), "DHL", "TRACK-1");
    }

    public static FulfillmentPickedUp pickup(UUID orderId, String storeId, FulfillmentLine... lines) {
        return new FulfillmentPickedUp(UUID.randomUUID(), Instant.now(), orderId, UUID.randomUUID(), storeId, List.of(lines));
    }

    public static RefundIssued refund(UUID orderId, UUID returnId, String amount) {
        return new RefundIssued(UUID.randomUUID(), Instant.now(), orderId, returnId, "EUR", new BigDecimal(amount),
                List.of(new TenderAmount("T-1", "CARD", new BigDecimal(amount), "PSP-R-1")));
    }
}
