package com.omnidom.payment;

import com.omnidom.events.order.OrderAccepted;
import com.omnidom.events.order.OrderCancelled;
import com.omnidom.events.returns.ReturnLine;
import com.omnidom.events.returns.ReturnReceived;
import com.omnidom.events.routing.FulfillmentLine;
import com.omnidom.events.routing.FulfillmentPickedUp;
import com.omnidom.events.routing.FulfillmentShipped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Other services' events as they publish them, built small. */
public final class SampleEvents {

    private SampleEvents() {
    }

    public static OrderAccepted.Line line(String lineId, String sku, int quantity, String unitPrice, String taxRate) {
        return new OrderAccepted.Line(lineId, sku, quantity, new BigDecimal(unitPrice), new BigDecimal(taxRate));
    }

    public static OrderAccepted.Tender card(String tenderId, String amount, String authorization) {
        return new OrderAccepted.Tender(tenderId, OrderAccepted.TenderType.CARD, new BigDecimal(amount), authorization);
    }

    public static OrderAccepted.Tender giftCard(String tenderId, String amount, String number) {
        return new OrderAccepted.Tender(tenderId, OrderAccepted.TenderType.GIFT_CARD, new BigDecimal(amount), number);
    }

    /** Bonus points worth {@code amount} from loyalty account {@code account}. */
    public static OrderAccepted.Tender bonusPoints(String tenderId, String amount, String account) {
        return new OrderAccepted.Tender(tenderId, OrderAccepted.TenderType.BONUS_POINTS, new BigDecimal(amount), account);
    }

    /** Paid on account: nothing authorised, the customer pays the invoice by transfer. */
    public static OrderAccepted.Tender onAccount(String tenderId, String amount) {
        return new OrderAccepted.Tender(tenderId, OrderAccepted.TenderType.ON_ACCOUNT, new BigDecimal(amount), null);
    }

    /** Shipping at the standard rate, gross after its discounts. */
    public static OrderAccepted.Charge shipping(String chargeId, String amount) {
        return new OrderAccepted.Charge(chargeId, OrderAccepted.ChargeType.SHIPPING, "Standard shipping",
                new BigDecimal(amount), new BigDecimal("0.19"), com.omnidom.events.TaxCategory.STANDARD, List.of());
    }

    /** The order with charges besides its lines: total = Σ lines + Σ charges. */
    public static OrderAccepted order(UUID orderId, List<OrderAccepted.Line> lines, List<OrderAccepted.Charge> charges,
                                      OrderAccepted.Tender... tenders) {
        OrderAccepted order = order(orderId, lines, tenders);
        BigDecimal total = charges.stream().map(OrderAccepted.Charge::amount).reduce(order.total(), BigDecimal::add);
        return new OrderAccepted(order.eventId(), order.occurredAt(), orderId, order.orderNumber(), order.channel(),
                order.customer(), lines, order.currency(), total, order.delivery(), order.tenders(), false, null, charges);
    }

    /** Shirts 2 × 14.99 (19 %) and a book 1 × 10.70 (7 %): 40.68 EUR. */
    public static List<OrderAccepted.Line> shirtsAndABook() {
        return List.of(line("1", "SHIRT-M", 2, "14.99", "0.19"), line("2", "BOOK-1", 1, "10.70", "0.07"));
    }

    public static OrderAccepted order(UUID orderId, List<OrderAccepted.Line> lines, OrderAccepted.Tender... tenders) {
        BigDecimal total = lines.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
        return new OrderAccepted(UUID.randomUUID(), Instant.now(), orderId, "WEB-" + orderId.toString().substring(0, 8),
                OrderAccepted.Channel.WEB_SHOP,
                new OrderAccepted.Customer("C-1", "Ada Lovelace", "ada@example.org", null, "en"),
                lines, "EUR", total,
                new OrderAccepted.Delivery(OrderAccepted.DeliveryMode.SHIP,
                        new OrderAccepted.Address("Ada Lovelace", "Unter den Linden 1", "10117", "Berlin", "DE"), null, null),
                Arrays.asList(tenders), false);
    }

    public static OrderCancelled.CancelledLine cancelledLine(String lineId, String sku, int quantity) {
        return new OrderCancelled.CancelledLine(lineId, sku, quantity);
    }

    public static OrderCancelled cancellation(UUID orderId, OrderCancelled.CancelledLine... lines) {
        return new OrderCancelled(UUID.randomUUID(), Instant.now(), orderId, List.of(lines), "customer request", "service-desk");
    }

    public static FulfillmentLine shipped(String lineId, String sku, int quantity) {
        return new FulfillmentLine(lineId, sku, quantity);
    }

    public static FulfillmentShipped shipment(UUID orderId, UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentShipped(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, "WH-1",
                List.of(lines), "DHL", "JJD000390007");
    }

    public static FulfillmentPickedUp pickup(UUID orderId, UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentPickedUp(UUID.randomUUID(), Instant.now(), orderId, fulfillmentId, "STORE-1", List.of(lines));
    }

    public static ReturnReceived returned(UUID orderId, String refundAmount, ReturnLine... lines) {
        return new ReturnReceived(UUID.randomUUID(), Instant.now(), orderId, UUID.randomUUID(), "WH-1", List.of(lines),
                "EUR", new BigDecimal(refundAmount));
    }

    public static ReturnLine returnLine(String lineId, String sku, int quantity) {
        return new ReturnLine(lineId, sku, quantity, true);
    }
}
